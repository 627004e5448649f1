/**
 * Runs in the page: stores a framework in the app's IndexedDB (after the app has created it) as if the
 * user had imported it, so a workspace can be filled against it without routing the page's requests
 * (routing would turn the browser's HTTP cache off, which the startup comparison depends on).
 */
export interface ImportedFrameworkSeed {
  id: string;
  fileName: string;
  framework: unknown;
}

export async function seedImportedFramework(seed: ImportedFrameworkSeed): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('waymark');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('importedFrameworks', 'readwrite');
      tx.objectStore('importedFrameworks').put({
        id: seed.id,
        revision: 1,
        importedAt: new Date().toISOString(),
        fileName: seed.fileName,
        framework: seed.framework,
      });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}
