import "@testing-library/jest-dom";
import { configure } from "@testing-library/dom";

// findBy*/waitFor give up after 1 s by default; Fluent UI dialogs and lazy-loaded tabs can take longer
// to appear in jsdom on a busy 2-core CI machine. A wait that never succeeds still fails.
configure({ asyncUtilTimeout: 20000 });
