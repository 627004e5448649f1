/**
 * The preload: exposes the Waymark API to the page, and no Electron or Node object with it.
 */
import { contextBridge } from 'electron';
import { createWaymarkApi } from './api';
import { invoke, onMainEvent } from './ipc';

contextBridge.exposeInMainWorld('waymark', createWaymarkApi(invoke, onMainEvent));
