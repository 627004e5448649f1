/**
 * A person's tabs other than Rate (the one the app opens on), each loaded the first time it is shown:
 * the window's first script stays smaller, so the app starts sooner.
 */
import { lazy } from 'react';

export const CompareTab = lazy(() => import('../compare').then((module) => ({ default: module.CompareTab })));
export const DocumentsTab = lazy(() => import('../documents').then((module) => ({ default: module.DocumentsTab })));
export const HistoryTab = lazy(() => import('../history').then((module) => ({ default: module.HistoryTab })));
export const MeetingsTab = lazy(() => import('../meetings').then((module) => ({ default: module.MeetingsTab })));
export const PlanTab = lazy(() => import('../plan').then((module) => ({ default: module.PlanTab })));
