import path from 'node:path';
import { readRecordSeed } from '../db/seed/read-record';

/** The seed record the server was started with, so journeys can name real pillars, initiatives and figures. */
const record = readRecordSeed(path.join(__dirname, '..', 'db', 'seed', 'record'));

export const { pillars, initiatives, meetings, progress, recommendations } = record;
