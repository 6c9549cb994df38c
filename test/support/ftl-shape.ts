import { FluentResource } from '@fluent/bundle';
import type { Expression, Message, Pattern, Term } from '@fluent/bundle/esm/ast.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What a translation must agree on with the other languages: the variables it uses and the ones it picks plural forms by. */
export interface TextShape {
  vars: Set<string>;
  /** Variables used as plural selectors, with the plural categories each selector spells out (the default variant included). */
  plurals: Map<string, Set<string>>;
}

const PLURAL_KEYS = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);

/** The shape of every message of one locale folder; references to other messages count as their own variables. */
export function localeShapes(dir: string): Map<string, TextShape> {
  const entries = new Map<string, Message | Term>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ftl'))) {
    for (const entry of new FluentResource(readFileSync(join(dir, file), 'utf8')).body) entries.set(entry.id, entry);
  }
  const shapes = new Map<string, TextShape>();
  const shapeOf = (id: string, seen: Set<string>): TextShape => {
    const shape: TextShape = { vars: new Set(), plurals: new Map() };
    const entry = entries.get(id);
    if (!entry || seen.has(id)) return shape;
    const walk = (p: Pattern | null): void => {
      if (p === null || typeof p === 'string') return;
      for (const el of p) if (typeof el !== 'string') expression(el);
    };
    const expression = (e: Expression): void => {
      if (e.type === 'var') shape.vars.add(e.name);
      else if (e.type === 'func') e.args.forEach((a) => a.type !== 'narg' && expression(a));
      else if (e.type === 'mesg' || e.type === 'term') {
        const inner = shapeOf(e.type === 'term' ? `-${e.name}` : e.name, new Set([...seen, id]));
        inner.vars.forEach((v) => shape.vars.add(v));
        inner.plurals.forEach((keys, v) => shape.plurals.set(v, keys));
      } else if (e.type === 'select') {
        expression(e.selector);
        const keys = e.variants.map((v) => String(v.key.value));
        const name =
          e.selector.type === 'var'
            ? e.selector.name
            : e.selector.type === 'func' && e.selector.args[0]?.type === 'var'
              ? e.selector.args[0].name
              : null;
        if (name && keys.some((k) => PLURAL_KEYS.has(k) && k !== 'other')) shape.plurals.set(name, new Set(keys));
        e.variants.forEach((v) => walk(v.value));
      }
    };
    walk(entry.value);
    return shape;
  };
  for (const id of entries.keys()) if (!id.startsWith('-')) shapes.set(id, shapeOf(id, new Set()));
  return shapes;
}

/** The plural categories a language uses for whole numbers (what a count of complaints, votes or days can be). */
export function wholeNumberCategories(locale: string): Set<string> {
  const rules = new Intl.PluralRules(locale);
  return new Set(Array.from({ length: 200 }, (_, n) => rules.select(n)));
}
