import { SEED_CATEGORIES } from './categories.ts';
import type { CategoryRepository } from './ports.ts';

/** Adds missing seed categories; staff edits to existing ones are kept. Safe to run at every start. */
export const seedCategories = (categories: Pick<CategoryRepository, 'seed'>): Promise<number> => categories.seed(SEED_CATEGORIES);
