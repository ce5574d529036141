/*
 * The old-Office guard, in plain ES5 (tests/guard parses it as ES5): it runs before the bundle in every
 * add-in page. Volume-licensed Office 2016/2019 hosts add-ins in IE11 (Trident) or EdgeHTML, where the
 * bundle does not even parse, and its Excel stops at requirement sets the add-in cannot work with: the
 * pane would hang on 「正在加载…」 and 快速检查 would do nothing. Here, instead, the page says so in
 * Chinese and points to the web edition, and 快速检查 answers with the same words.
 *
 * The bundle asks window.jixiaoGuard.blocked() after Office.onReady and stops when it answers a text.
 */
(function (window) {
  "use strict";

  /** The ExcelApi level the add-in needs (the manifest's MinVersion). */
  var REQUIRED_EXCEL_API = "1.4";
  var TITLE = "绩效目标助手";
  var MESSAGE =
    "此版本的 Office 无法运行本加载项；请使用网页版（jixiao.html：用浏览器打开，不用安装，" +
    "检查规则与本加载项相同），或升级到 Office 2021、Office 2024 或 Microsoft 365。";
  var OLD_BROWSER = "（原因：Office 使用的浏览器内核过旧——Internet Explorer 或旧版 Edge。）";
  var OLD_API = "（原因：这个 Excel 不支持 ExcelApi " + REQUIRED_EXCEL_API + "。）";

  var document = window.document;
  var reason = null;

  /** IE11 (Trident/) or EdgeHTML (Edge/12–19; Chromium Edge says Edg/). */
  function oldWebView(userAgent) {
    return /Trident\//.test(userAgent) || /Edge\/1\d/.test(userAgent);
  }

  /** The dialog page asks only about the browser (a dialog need not report ExcelApi sets). */
  function browserOnly() {
    var metas = document.getElementsByTagName("meta");
    for (var i = 0; i < metas.length; i++) {
      if (metas[i].getAttribute("name") === "jixiao-guard")
        return metas[i].getAttribute("content") === "browser-only";
    }
    return false;
  }

  function excelApiMissing() {
    if (browserOnly()) return false;
    var office = window.Office;
    var requirements = office && office.context && office.context.requirements;
    if (!requirements || typeof requirements.isSetSupported !== "function") return false;
    try {
      return !requirements.isSetSupported("ExcelApi", REQUIRED_EXCEL_API);
    } catch (_e) {
      return true;
    }
  }

  function text() {
    return MESSAGE + (reason === "api" ? OLD_API : OLD_BROWSER);
  }

  /** Replace the page's content with the message (as text, never markup). */
  function show() {
    var body = document.body;
    if (!body) return;
    while (body.firstChild) body.removeChild(body.firstChild);
    var main = document.createElement("main");
    main.setAttribute("role", "alert");
    main.id = "jixiao-unsupported";
    main.style.padding = "16px";
    main.style.fontFamily = '"Microsoft YaHei", "Segoe UI", sans-serif';
    var h1 = document.createElement("h1");
    h1.style.fontSize = "20px";
    h1.style.margin = "0 0 8px";
    h1.appendChild(document.createTextNode(TITLE));
    var p = document.createElement("p");
    p.appendChild(document.createTextNode(text()));
    main.appendChild(h1);
    main.appendChild(p);
    body.appendChild(main);
    document.title = TITLE;
  }

  function showWhenReady() {
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", show);
    } else {
      show();
    }
  }

  /** 快速检查 in an old Office: answer with the message in a dialog (its page shows it too), then complete. */
  function quickCheck(event) {
    var office = window.Office;
    var done = function () {
      if (event && typeof event.completed === "function") event.completed();
    };
    try {
      var base = window.location.href.replace(/[?#].*$/, "").replace(/[^/]*$/, "");
      var url =
        base +
        "quick-check-result.html?title=" +
        encodeURIComponent(TITLE) +
        "&text=" +
        encodeURIComponent(text()) +
        "&close=" +
        encodeURIComponent("知道了");
      office.context.ui.displayDialogAsync(
        url,
        { height: 30, width: 30, displayInIframe: true },
        function (r) {
          if (r && r.value && typeof r.value.addEventHandler === "function") {
            var close = function () {
              r.value.close();
            };
            r.value.addEventHandler(office.EventType.DialogMessageReceived, close);
          }
          done();
        }
      );
    } catch (_e) {
      done();
    }
  }

  function block(why) {
    reason = why;
    window.quickCheck = quickCheck;
    var office = window.Office;
    if (office && office.actions && typeof office.actions.associate === "function") {
      try {
        office.actions.associate("quickCheck", quickCheck);
      } catch (_e) {
        // Older hosts call the global window.quickCheck instead.
      }
    }
    showWhenReady();
  }

  window.jixiaoGuard = {
    /** The message when this Office cannot run the add-in (after Office.onReady), else null. */
    blocked: function () {
      if (reason === null && excelApiMissing()) block("api");
      return reason === null ? null : text();
    },
    message: MESSAGE
  };

  if (oldWebView(window.navigator.userAgent || "")) {
    block("browser");
  } else if (window.Office && typeof window.Office.onReady === "function") {
    // The bundle asks too; this covers a bundle that failed to load at all.
    window.Office.onReady(function (info) {
      if (info && info.host && reason === null && excelApiMissing()) block("api");
    });
  }
})(window);
