/**
 * The right-click menu: in text fields, spelling suggestions (where the system's checker runs them,
 * on macOS) then cut, copy, paste and select all; over selected text elsewhere, copy. Electron shows
 * no menu of its own, so without this a right-click does nothing.
 */
import type { ContextMenuParams, MenuItemConstructorOptions } from 'electron';

export interface ContextMenuActions {
  replaceMisspelling: (word: string) => void;
  addToDictionary: (word: string) => void;
}

export function contextMenuTemplate(params: ContextMenuParams, actions: ContextMenuActions): MenuItemConstructorOptions[] {
  const { editFlags } = params;
  if (params.isEditable) {
    const spelling: MenuItemConstructorOptions[] =
      params.misspelledWord === ''
        ? []
        : [
            ...params.dictionarySuggestions.slice(0, 5).map((word) => ({ label: word, click: () => actions.replaceMisspelling(word) })),
            ...(params.dictionarySuggestions.length === 0 ? [{ label: 'No Guesses Found', enabled: false }] : []),
            { label: 'Learn Spelling', click: () => actions.addToDictionary(params.misspelledWord) },
            { type: 'separator' },
          ];
    return [
      ...spelling,
      { role: 'cut', enabled: editFlags.canCut },
      { role: 'copy', enabled: editFlags.canCopy },
      { role: 'paste', enabled: editFlags.canPaste },
      { type: 'separator' },
      { role: 'selectAll', enabled: editFlags.canSelectAll },
    ];
  }
  if (params.selectionText.trim() !== '') return [{ role: 'copy', enabled: editFlags.canCopy }];
  return [];
}
