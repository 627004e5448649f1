/**
 * Where an export stands: its stage and a Cancel button while it runs, then how it ended.
 */
import type { ExportState } from './use-document-export';

const stageLabels = {
  gathering: 'Gathering what goes in it…',
  preparing: 'Putting the content together…',
  'laying-out': 'Laying out the pages…',
  writing: 'Writing the file…',
} as const;

export function ExportStatus({ state, onCancel }: { state: ExportState; onCancel: () => void }) {
  switch (state.status) {
    case 'idle':
      return <div role="status" className="export-status" />;
    case 'working':
      return (
        <div role="status" className="export-status notice" data-export="working">
          <p>
            Making the {state.what}: {stageLabels[state.stage]}
          </p>
          <button type="button" className="button-secondary" onClick={onCancel}>
            Cancel
          </button>
        </div>
      );
    case 'saved':
      return (
        <div role="status" className="export-status notice" data-export="saved">
          <p>
            The {state.what} is saved to {state.location}.
          </p>
          {state.note ? <p data-export-note="">{state.note}</p> : null}
        </div>
      );
    case 'cancelled':
      return (
        <div role="status" className="export-status notice" data-export="cancelled">
          <p>The {state.what} was not saved: the export was cancelled. Nothing was written.</p>
        </div>
      );
    case 'failed':
      return (
        <div role="alert" className="export-status notice notice-error" data-export="failed">
          <p>
            The {state.what} could not be made. {state.message}
          </p>
        </div>
      );
  }
}
