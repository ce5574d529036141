/**
 * Character tables shared by the text passes (a leaf module: normalize and match-key both read them).
 */

/**
 * Traditional → simplified for the characters that occur in the words the reader and the rules look
 * for (labels, headings, units, operators in words). Pairs: traditional first, simplified second.
 */
const TRADITIONAL =
  "產产標标數数質质時时滿满經经濟济會会態态續续響响項项稱称績绩資资額额總总體体務务對对預预計计劃划單单" +
  "價价揮挥評评價价準准據据優优差差較较實实際际標标達达構构費费財财撥拨來来規规模模設设施施內内" +
  "點点員员學学發发護护環环業业級级區区縣县鄉乡鎮镇辦办門门處处額额幣币萬万億亿億亿檔档" +
  "覆覆蓋盖範范圍围確确認认務务開开關关聯联線线簡简説说說说問问題题應应該该這这為为與与條条" +
  "當当於于過过從从們们個个兩两準准備备醫医療疗檢检驗验養养殖殖種种樹树農农糧粮築筑築筑義义" +
  "補补貼贴觀观創创傳传統统權权責责負负擔担進进運运輸输車车輛辆場场據据屬属設设備备維维修修" +
  "歷历史史現现狀状況况並并報报導导團团圓圆廳厅廠厂裝装電电氣气熱热燈灯雜杂職职務务聽听讀读寫写" +
  "類类別别帶带齊齐參参與与組组織织處处協协調调査查査查證证書书號号碼码製制龍龙鳳凤樂乐衛卫" +
  "響响屆届幹干極极雲云際际週周結结礎础舉举訓训練练議议節节貨货購购買买銷销戶户僅仅覽览圖图邊边" +
  "針针間间離离難难災灾險险飛飞機机" +
  // units, operators in words and value words
  "於于內内與与畝亩噸吨輛辆臺台臺台場场廠厂個个間间處处頁页張张塊块條条項项戶户隻只棵棵" +
  "達达預预計计劃划測测試试準准確确優优劣劣較较節节約约費费補补貼贴獎奖勵励額额規规範范" +
  "護护設设備备維维運运營营銷销採采購购權权組组織织聯联繫系屬属覆覆蓋盖穩稳廣广東东" +
  "學学習习雜杂資资標标數数檔档軍军嚴严禁禁漲涨減减增增長长線线級级層层";

/** Traditional → simplified by code unit: 0 where the character stays. A flat table, read per character. */
export const T2S = new Uint16Array(0x10000);
for (let i = 0; i + 1 < TRADITIONAL.length; i += 2) {
  const t = TRADITIONAL.charCodeAt(i);
  const s = TRADITIONAL.charCodeAt(i + 1);
  if (t !== s) T2S[t] = s;
}

/** The vowels with a tone mark that tell a pinyin gloss 「(jī)」 from a bracketed unit 「(km)」. */
export const TONE_VOWELS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ";

/** 1 for a code unit isPlainText refuses: a character of TRADITIONAL or a vowel of TONE_VOWELS. */
export const NOT_PLAIN = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) if (T2S[c] !== 0) NOT_PLAIN[c] = 1;
for (const vowel of TONE_VOWELS) NOT_PLAIN[vowel.charCodeAt(0)] = 1;
