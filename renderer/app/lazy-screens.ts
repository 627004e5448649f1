/**
 * Screens the app's first screen does not need, each loaded the first time it is shown: the window's
 * first script stays smaller, so the app starts sooner. Route view shows a short status meanwhile.
 */
import { lazyPart } from '../components/lazy-part';

export const TeamScreen = lazyPart(() => import('../features/team'), 'TeamScreen');
export const BackupsScreen = lazyPart(() => import('../features/backups'), 'BackupsScreen');
export const RoleCardScreen = lazyPart(() => import('../features/role-card'), 'RoleCardScreen');
export const CareerMapScreen = lazyPart(() => import('../features/career-map'), 'CareerMapScreen');
export const LevelChangesScreen = lazyPart(() => import('../features/career-map'), 'LevelChangesScreen');
