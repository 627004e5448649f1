/**
 * The platform in the desktop app: a thin adapter over the API the preload exposes as window.waymark.
 */
import type { WaymarkApi } from '../../electron/preload/api';
import type { Platform } from './platform';

export function electronPlatform(api: WaymarkApi): Platform {
  return {
    loadFrameworks: () => api.loadFrameworks(),
    saveDocument: (suggestedName, bytes) => api.saveDocument(suggestedName, bytes),
  };
}
