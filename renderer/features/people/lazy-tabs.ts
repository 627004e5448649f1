/**
 * A person's tabs other than Rate (the one the app opens on), each loaded the first time it is shown:
 * the window's first script stays smaller, so the app starts sooner. The mapping setup, which a new
 * person opens on, stays in the first script. The Evidence and Gaps tabs are loaded the same way by
 * their own features, whose dialog and panel the Rate tab needs at once.
 */
import { lazyPart } from '../../components/lazy-part';

export const CompareTab = lazyPart(() => import('../compare'), 'CompareTab');
export const DocumentsTab = lazyPart(() => import('../documents'), 'DocumentsTab');
export const HistoryTab = lazyPart(() => import('../history'), 'HistoryTab');
export const MeetingsTab = lazyPart(() => import('../meetings'), 'MeetingsTab');
export const NextLevelTab = lazyPart(() => import('../next-level'), 'NextLevelTab');
export const PlanTab = lazyPart(() => import('../plan'), 'PlanTab');
export const ProfileTab = lazyPart(() => import('./profile-tab'), 'ProfileTab');
