/**
 * How the file was read — its encoding, or its sheet — with a choice of another, above an import's
 * preview or its problems.
 */
import { textEncodings } from '../../../shared/import/text-encodings';
import type { ChosenFile, FileRead } from './read-framework-file';

export function ReadingChoices({ file, read, onChange }: { file: ChosenFile; read: FileRead; onChange: (file: ChosenFile) => void }) {
  const { encoding, sheets } = read.fileImport;
  const basis = encoding
    ? {
        'byte-order mark': 'its byte-order mark says so',
        'valid UTF-8': 'it is valid UTF-8',
        detected: 'detected',
        chosen: 'as you chose',
      }[encoding.basis]
    : '';
  return (
    <div className="import-reading">
      {encoding ? (
        <p>
          <label>
            Read as{' '}
            <select value={encoding.label} onChange={(event) => onChange({ ...file, encoding: event.target.value })}>
              {textEncodings.map((option) => (
                <option key={option.label} value={option.label}>
                  {option.name}
                </option>
              ))}
            </select>
          </label>{' '}
          <span className="hint">
            ({basis}). If letters look wrong below (“Ã©” for “é”, or odd symbols), pick the encoding the file was saved in.
          </span>
        </p>
      ) : null}
      {sheets && sheets.names.length > 1 ? (
        <p>
          <label>
            Sheet{' '}
            <select value={sheets.chosen} onChange={(event) => onChange({ ...file, sheet: event.target.value })}>
              {sheets.names.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </label>{' '}
          <span className="hint">
            The workbook has {sheets.names.length} sheets. Waymark reads the first whose header row has its columns, unless you pick
            another.
          </span>
        </p>
      ) : null}
    </div>
  );
}
