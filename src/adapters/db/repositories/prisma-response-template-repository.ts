import type { NewResponseTemplate, ResponseTemplate, ResponseTemplateRepository } from '../../../core/admin/response-templates.ts';
import { COMPLAINT_STATUSES, type ComplaintStatus } from '../../../core/complaints/types.ts';
import { isLocale } from '../../../core/locale.ts';
import { isUniqueViolation } from './prisma-job-slot-repository.ts';
import type { PrismaDb } from '../client.ts';

/** The Counter row that says the defaults were added once. */
const SEEDED = 'response-templates-seeded';

type Row = { id: number; categoryCode: string; locale: string; status: string; text: string; sortOrder: number };
const toTemplate = (r: Row): ResponseTemplate => ({
  id: r.id,
  categoryCode: r.categoryCode,
  locale: isLocale(r.locale) ? r.locale : 'ru',
  status: (COMPLAINT_STATUSES as readonly string[]).includes(r.status) ? (r.status as ComplaintStatus) : 'acknowledged',
  text: r.text,
  sortOrder: r.sortOrder,
});

/** Response templates in ResponseTemplate. */
export class PrismaResponseTemplateRepository implements ResponseTemplateRepository {
  constructor(private readonly db: PrismaDb) {}

  async list(): Promise<ResponseTemplate[]> {
    const rows = await this.db.responseTemplate.findMany({
      orderBy: [{ status: 'asc' }, { categoryCode: 'asc' }, { sortOrder: 'asc' }, { id: 'asc' }],
    });
    return rows.map(toTemplate);
  }

  async find(id: number): Promise<ResponseTemplate | null> {
    const row = await this.db.responseTemplate.findUnique({ where: { id } });
    return row ? toTemplate(row) : null;
  }

  async add(t: NewResponseTemplate): Promise<ResponseTemplate> {
    return toTemplate(await this.db.responseTemplate.create({ data: t }));
  }

  async remove(id: number): Promise<boolean> {
    const { count } = await this.db.responseTemplate.deleteMany({ where: { id } });
    return count > 0;
  }

  async seedOnce(defaults: readonly NewResponseTemplate[]): Promise<number> {
    if (await this.db.counter.findUnique({ where: { name: SEEDED } })) return 0;
    try {
      await this.db.$transaction([
        this.db.counter.create({ data: { name: SEEDED, value: 1 } }),
        this.db.responseTemplate.createMany({ data: defaults.map((d) => ({ ...d })) }),
      ]);
      return defaults.length;
    } catch (err) {
      // Another replica seeded them first.
      if (isUniqueViolation(err)) return 0;
      throw err;
    }
  }
}
