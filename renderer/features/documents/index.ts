/**
 * A person's PDF documents, and blank worksheets of any level or card. What other features and the app frame may use of this feature; the rest is its own.
 */
export { BlankWorksheet } from './blank-worksheet';
export { DocumentsTab } from './documents-tab';
export { ExportStatus } from './export-status';
export { PaperChoice, usePaperSize } from './paper-choice';
export { useDocumentExport } from './use-document-export';
