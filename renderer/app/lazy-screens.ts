/**
 * Screens the app's first screen does not need, each loaded the first time it is shown: the window's
 * first script stays smaller, so the app starts sooner. Route view shows a short status meanwhile.
 */
import { lazy } from 'react';

export const TeamScreen = lazy(() => import('../features/team').then((module) => ({ default: module.TeamScreen })));
export const BackupsScreen = lazy(() => import('../features/backups').then((module) => ({ default: module.BackupsScreen })));
export const RoleCardScreen = lazy(() => import('../features/role-card').then((module) => ({ default: module.RoleCardScreen })));
export const CareerMapScreen = lazy(() => import('../features/career-map').then((module) => ({ default: module.CareerMapScreen })));
export const LevelChangesScreen = lazy(() => import('../features/career-map').then((module) => ({ default: module.LevelChangesScreen })));
