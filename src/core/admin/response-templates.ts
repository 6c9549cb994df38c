import type { CategoryRepository } from '../complaints/ports.ts';
import { COMPLAINT_STATUSES, type ComplaintStatus } from '../complaints/types.ts';
import { DomainError } from '../errors.ts';
import { LOCALES, type Locale } from '../locale.ts';
import { lines, message, msg, raw, type Keyboard, type MessageReply, type Text } from '../replies.ts';
import { templateData } from './buttons.ts';
import { recordAudit, type AuditDeps } from './record-audit.ts';
import type { Actor } from './types.ts';

/** Every category. */
export const ANY_CATEGORY = '*';

/** A ready answer for a status change: in one language, for one category or every category. */
export interface ResponseTemplate {
  id: number;
  categoryCode: string;
  locale: Locale;
  status: ComplaintStatus;
  text: string;
  sortOrder: number;
}
export type NewResponseTemplate = Omit<ResponseTemplate, 'id'>;

export interface ResponseTemplateRepository {
  /** All templates, by status, category, order. */
  list(): Promise<ResponseTemplate[]>;
  find(id: number): Promise<ResponseTemplate | null>;
  add(t: NewResponseTemplate): Promise<ResponseTemplate>;
  /** False when there was no such template. */
  remove(id: number): Promise<boolean>;
  /** Adds the defaults the first time only (an owner's deletions stay deleted); how many were added. */
  seedOnce(defaults: readonly NewResponseTemplate[]): Promise<number>;
}

/**
 * Statuses a template may be offered for (a duplicate names its original instead; only the author
 * withdraws a complaint, so staff never write an answer for it).
 */
export const TEMPLATE_STATUSES = COMPLAINT_STATUSES.filter((s) => s !== 'new' && s !== 'duplicate' && s !== 'withdrawn');
const MAX_TEXT = 1000;
/** Buttons per status change: the category's own first, then those for every category. */
const MAX_OFFERED = 6;

/** The templates for a complaint's category and the status it goes to, in one language. */
export function templatesFor(
  all: readonly ResponseTemplate[],
  categoryCode: string,
  status: ComplaintStatus,
  locale: Locale,
): ResponseTemplate[] {
  const fit = all.filter((t) => t.status === status && t.locale === locale);
  const own = fit.filter((t) => t.categoryCode === categoryCode);
  const general = fit.filter((t) => t.categoryCode === ANY_CATEGORY);
  const byOrder = (a: ResponseTemplate, b: ResponseTemplate) => a.sortOrder - b.sortOrder || a.id - b.id;
  return [...own.sort(byOrder), ...general.sort(byOrder)].slice(0, MAX_OFFERED);
}

/** A button's label: the start of the text. */
const label = (text: string): string => (text.length > 48 ? `${text.slice(0, 47).trimEnd()}…` : text);

/**
 * The offered templates in full, numbered (a long one does not fit a button; staff may also copy one,
 * change it and send it as their own note), and one numbered button each that changes the status with
 * the template's text as the note.
 */
export function templateChoices(
  complaintId: number,
  to: ComplaintStatus,
  templates: readonly ResponseTemplate[],
): { texts: Text[]; buttons: Keyboard } {
  return {
    texts: templates.map((t, i) => raw(`${i + 1}. ${t.text}`)),
    buttons: templates.map((t, i) => [
      templateData.button(raw(`${i + 1}. ${label(t.text)}`), { op: 'u', id: complaintId, to, template: t.id }),
    ]),
  };
}

export interface TemplatesDeps extends AuditDeps {
  templates: ResponseTemplateRepository;
  categories: Pick<CategoryRepository, 'listActive'>;
}

const assertOwner = (actor: Actor): void => {
  if (actor.role !== 'owner') throw new DomainError('ADMIN.OWNER_ONLY');
};

/** `/templates`: every template with a remove button, and how to add one (owners). */
export async function listTemplates(deps: TemplatesDeps, actor: Actor): Promise<MessageReply> {
  assertOwner(actor);
  const all = await deps.templates.list();
  const texts: Text[] = [msg('admin-templates-title', { count: all.length })];
  for (const t of all) {
    texts.push(msg('admin-templates-item', { id: t.id, category: t.categoryCode, status: t.status, locale: t.locale, text: t.text }));
  }
  texts.push(msg('admin-templates-usage'));
  const rows: Keyboard = all
    .slice(0, 50)
    .map((t) => [templateData.button(msg('admin-templates-remove-button', { id: t.id }), { op: 'd', template: t.id })]);
  return message(lines(...texts), rows);
}

/**
 * `/templates add <category|*> <status> <kk|ru|en> <text>` (owners).
 * @throws ADMIN.TEMPLATE_USAGE, ADMIN.UNKNOWN_AREA (category), ADMIN.OWNER_ONLY
 */
export async function addTemplate(deps: TemplatesDeps, actor: Actor, args: string): Promise<MessageReply> {
  assertOwner(actor);
  const m = /^\s*(\S+)\s+(\S+)\s+(\S+)\s+([\s\S]+)$/.exec(args);
  const [, category = '', status = '', locale = '', body = ''] = m ?? [];
  const text = body.trim();
  if (!m || !(TEMPLATE_STATUSES as readonly string[]).includes(status) || !(LOCALES as readonly string[]).includes(locale) || !text) {
    throw new DomainError('ADMIN.TEMPLATE_USAGE');
  }
  if (text.length > MAX_TEXT) throw new DomainError('ADMIN.TEMPLATE_TOO_LONG', { max: MAX_TEXT });
  if (category !== ANY_CATEGORY && !(await deps.categories.listActive()).some((c) => c.code === category)) {
    throw new DomainError('ADMIN.UNKNOWN_AREA', { area: category });
  }
  const existing = await deps.templates.list();
  const saved = await deps.templates.add({
    categoryCode: category,
    status: status as ComplaintStatus,
    locale: locale as Locale,
    text,
    sortOrder: existing.length ? Math.max(...existing.map((t) => t.sortOrder)) + 1 : 0,
  });
  await recordAudit(deps, actor, 'template.add', String(saved.id), { category, status, locale });
  return message(msg('admin-templates-added', { id: saved.id }));
}

/** Removes a template (command or button). @throws ADMIN.TEMPLATE_NOT_FOUND, ADMIN.OWNER_ONLY */
export async function removeTemplate(deps: TemplatesDeps, actor: Actor, idText: string | number | undefined): Promise<MessageReply> {
  assertOwner(actor);
  const id = Number(idText);
  if (!Number.isSafeInteger(id) || !(await deps.templates.remove(id))) {
    throw new DomainError('ADMIN.TEMPLATE_NOT_FOUND', { id: String(idText ?? '') });
  }
  await recordAudit(deps, actor, 'template.remove', String(id));
  return message(msg('admin-templates-removed', { id }));
}

/** Parses `/templates [add ...|remove <id>]`. */
export function parseTemplatesArgs(args: string): { verb: 'list' | 'add' | 'remove'; rest: string } {
  const m = /^\s*(add|remove)\b([\s\S]*)$/.exec(args);
  return m ? { verb: m[1] as 'add' | 'remove', rest: m[2]!.trim() } : { verb: 'list', rest: '' };
}
