/** What a file really is, whatever its name: the shared sniffer of src/xlsx/sniff.ts. */
export { oleStreamNames, sniffFile, SNIFF_MESSAGES, type FileKind } from "../xlsx/sniff";
