/**
 * The page's first script, run as soon as it is loaded, before the app's own (main.tsx): it asks the
 * browser now for what the start will wait on, so the answer is ready when the app's scripts have run.
 * It imports nothing else, to be small enough to run while the rest is still loading.
 */
import { listDatabasesForStart } from './db/database-listing';

listDatabasesForStart();
