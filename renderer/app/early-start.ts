/**
 * What the page starts before the app's scripts are evaluated (they take a while): main.tsx imports it
 * first, and the build gives it a chunk of its own (electron.vite.config.ts) so the entry runs it before
 * the chunks it imports. The workspace's database storage gets ready meanwhile.
 */
import { listDatabasesAtStart } from '../db/databases-at-start';

listDatabasesAtStart();
