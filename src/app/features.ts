import type { WireFeature } from './wiring.ts';
import { wireAdmin } from './wire-admin.ts';
import { wireGroups } from './wire-groups.ts';
import { wireComplaints } from './wire-complaints.ts';
import { wireElections } from './wire-elections.ts';
import { wirePosts } from './wire-posts.ts';
import { wireReports } from './wire-reports.ts';

/**
 * The product's capabilities, in the order free text is offered to them. Add a module here and it
 * runs under both frameworks: see CONTRIBUTING.md "Add a command". app.ts wires them in this order,
 * then wire-start.ts, which gathers their deep links and /help lines.
 */
export const FEATURE_MODULES: WireFeature[] = [wireAdmin, wireReports, wireGroups, wireComplaints, wireElections, wirePosts];
