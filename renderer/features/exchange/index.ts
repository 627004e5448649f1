/**
 * Assessments exchanged by file: exporting a self-assessment or a review, and taking one in after a preview. What other features and the app frame may use of this feature; the rest is its own.
 */
export { ExportAssessment } from './export-assessment';
export { ImportAssessment } from './import-assessment';
