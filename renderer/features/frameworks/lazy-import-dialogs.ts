/**
 * The import's dialogs, each loaded the first time it opens: the reader, the preview, the encodings
 * and the format guide's column table stay out of the window's first script, so the app starts sooner.
 * The sidebar's buttons and the listener for dropped files and menu commands stay in it (import-framework.tsx).
 */
import { lazyPart } from '../../components/lazy-part';

export const ImportDialog = lazyPart(() => import('./import-dialog'), 'ImportDialog');
export const FormatGuide = lazyPart(() => import('./format-guide'), 'FormatGuide');
