/**
 * A person's tabs other than Rate (the one the app opens on), each loaded the first time it is shown:
 * the window's first script stays smaller, so the app starts sooner. The mapping setup, which a new
 * person opens on, stays in the first script. The Evidence and Gaps tabs are loaded the same way by
 * their own features, whose dialog and panel the Rate tab needs at once.
 */
import { lazy } from 'react';

export const CompareTab = lazy(() => import('../compare').then((module) => ({ default: module.CompareTab })));
export const DocumentsTab = lazy(() => import('../documents').then((module) => ({ default: module.DocumentsTab })));
export const HistoryTab = lazy(() => import('../history').then((module) => ({ default: module.HistoryTab })));
export const MeetingsTab = lazy(() => import('../meetings').then((module) => ({ default: module.MeetingsTab })));
export const NextLevelTab = lazy(() => import('../next-level').then((module) => ({ default: module.NextLevelTab })));
export const PlanTab = lazy(() => import('../plan').then((module) => ({ default: module.PlanTab })));
export const ProfileTab = lazy(() => import('./profile-tab').then((module) => ({ default: module.ProfileTab })));
