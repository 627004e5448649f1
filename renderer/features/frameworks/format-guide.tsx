/**
 * The framework file format, inside the app (an installed app has no docs/ folder): which files are
 * read, and every spreadsheet column with its accepted names, from the same table the importer uses.
 */
import { csvColumnOrder, csvColumns } from '../../../shared/import/csv-columns';
import { ModalDialog } from '../../components/modal-dialog';

export function FormatGuide({ onClose }: { onClose: () => void }) {
  return (
    <ModalDialog title="Framework file format" onClose={onClose} wide>
      <div className="format-guide">
        <h3>Files Waymark reads</h3>
        <ul>
          <li>
            <strong>Spreadsheets</strong>: CSV (comma, semicolon or tab; any encoding — the preview says which was read and lets you pick
            another), Excel <code>.xlsx</code> and OpenDocument <code>.ods</code> workbooks (the first sheet with these columns is read; you
            can choose another), one row per statement.
          </li>
          <li>
            <strong>Waymark JSON or YAML</strong>: the whole framework model, as Waymark exports it.
          </li>
          <li>
            <strong>Monzo progression framework</strong>: the Markdown files with YAML front matter (topics, levels, criteria and example
            criteria).
          </li>
          <li>
            <strong>1EdTech CASE</strong> JSON packages (CFDocument, CFItems, CFAssociations).
          </li>
        </ul>
        <h3>Spreadsheet columns</h3>
        <p>
          The first row names the columns, in any order; letter case, spaces and punctuation in the names do not matter. A column named
          exactly as below wins over one that only matches another accepted name; two columns that could both fill one field are refused.
          Other columns are left out, and the preview says so.
        </p>
        <table className="plain-table">
          <thead>
            <tr>
              <th scope="col">Column</th>
              <th scope="col">Also accepted</th>
              <th scope="col">What it holds</th>
            </tr>
          </thead>
          <tbody>
            {csvColumnOrder.map((column) => {
              const definition = csvColumns[column];
              return (
                <tr key={column}>
                  <th scope="row">
                    <code>{definition.header}</code>
                    {definition.required ? ' (required)' : ''}
                  </th>
                  <td>{definition.aliases.length > 0 ? definition.aliases.map((alias) => <code key={alias}>{alias} </code>) : '—'}</td>
                  <td>{definition.meaning}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <p>
          Examples are shown beside the statements and never rated. Export any framework as CSV to get a file with every column filled in. A
          cell whose text holds the separator (<code>Knows HTML, CSS and JS</code>) goes in double quotes, as spreadsheet programs save it;
          a CSV row with text past the header's last column is refused rather than read cut short.
        </p>
        <h3>New versions</h3>
        <p>
          A file with the id of a framework you imported before is a new version of it. Its statements are matched with the earlier
          version's by their words, then by their place or the words they share: ratings, evidence and goals stay with a statement when
          others are added or removed before it, and go to the statement that rewords it, where ratings are marked for a re-check.
        </p>
      </div>
      <div className="dialog-actions">
        <button type="button" className="button-secondary" onClick={onClose} data-autofocus>
          Close
        </button>
      </div>
    </ModalDialog>
  );
}
