import { z } from 'zod';

/**
 * The output contract (shared/CONTRACT.md) as zod schemas: the single source of truth for the
 * TypeScript types below and for the JSON Schema written to dist/schema.json at build time.
 */

/** Partial ISO: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn, YYYY-Hn; `--MM` / `--MM-DD` when the year is unknown. */
export const PartialIsoDateSchema = z
  .string()
  .regex(/^(?:\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?|-Q[1-4]|-H[12])?|--(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)$/, 'partial ISO date')
  .describe('Partial ISO date: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn, YYYY-Hn; --MM or --MM-DD when the year is unknown');

export const SpanSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    text: z.string(),
  })
  .refine((s) => s.end >= s.start, 'span end before start')
  .describe('UTF-16 offsets into the input: input.slice(start, end) === text');

export const LanguageSchema = z.enum(['fr', 'en', 'und']);

export const FIGURE_UNITS = ['vehicle', 'person', 'percent', 'percentage_point', 'currency', 'energy_kwh', 'power_kw', 'distance_km', 'count'] as const;
export const METRICS = ['sales', 'exports', 'deliveries', 'production', 'registrations', 'orders', 'users', 'revenue', 'profit', 'investment', 'capacity', 'market_share', 'price', 'other'] as const;
export const QUALIFIERS = ['exact', 'approximately', 'more_than', 'less_than', 'at_least', 'up_to'] as const;
export const CHANGE_BASES = ['year_over_year', 'month_over_month', 'quarter_over_quarter', 'unspecified'] as const;
export const DATE_MODIFIERS = ['start', 'mid', 'end', 'since', 'until', 'before', 'after', 'approximate', 'later'] as const;
export const PARTNERSHIP_KINDS = ['strategic_partnership', 'joint_venture', 'agreement', 'memorandum', 'collaboration', 'acquisition', 'investment', 'supply', 'licensing', 'other'] as const;

export const PeriodSchema = z.object({ start: PartialIsoDateSchema, end: PartialIsoDateSchema });

export const FigureSchema = z.object({
  value: z.number().finite(),
  unit: z.enum(FIGURE_UNITS),
  currency: z.string().regex(/^[A-Z]{3}$/).optional().describe('ISO 4217, present when unit is currency'),
  metric: z.enum(METRICS),
  qualifier: z.enum(QUALIFIERS),
  change: z.enum(CHANGE_BASES).optional().describe('present when the figure is a change'),
  period: PeriodSchema.optional(),
  subject: z.string().optional().describe('canonical brand or organization the figure is about'),
  span: SpanSchema,
});

export const DateMentionSchema = z.object({
  value: PartialIsoDateSchema,
  end: PartialIsoDateSchema.optional(),
  modifier: z.enum(DATE_MODIFIERS).optional(),
  year: z.enum(['explicit', 'reference', 'inferred']).optional().describe('where the year came from'),
  span: SpanSchema,
});

export const BrandSchema = z.object({
  name: z.string().min(1),
  group: z.string().optional(),
  mentions: z.array(SpanSchema),
});

export const CountrySchema = z.object({
  code: z.string().regex(/^[A-Z]{2}$/),
  name: z.string().min(1),
  mentions: z.array(SpanSchema),
});

export const RegionSchema = z.object({
  name: z.string().min(1),
  mentions: z.array(SpanSchema),
});

export const PartnershipSchema = z.object({
  parties: z.array(z.string().min(1)).min(2),
  kind: z.enum(PARTNERSHIP_KINDS),
  date: PartialIsoDateSchema.optional(),
  scope: z.array(z.string()).optional(),
  span: SpanSchema,
});

export const LaunchSchema = z.object({
  brand: z.string().min(1),
  model: z.string().optional(),
  kind: z.enum(['launch', 'market_entry']),
  countries: z.array(z.string().regex(/^[A-Z]{2}$/)),
  date: PartialIsoDateSchema.optional(),
  span: SpanSchema,
});

export const ExtractionResultSchema = z.object({
  language: LanguageSchema,
  figures: z.array(FigureSchema),
  dates: z.array(DateMentionSchema),
  brands: z.array(BrandSchema),
  countries: z.array(CountrySchema),
  regions: z.array(RegionSchema).describe('extra: Europe, Asie du Sud-Est, Latin America ... (not countries)'),
  partnerships: z.array(PartnershipSchema),
  launches: z.array(LaunchSchema),
  warnings: z.array(z.string()),
});

export const BrandEntrySchema = z.object({
  name: z.string().min(1).describe("canonical English name: 'Great Wall', 'Lynk & Co'"),
  aliases: z.array(z.string().min(1)).readonly().optional().describe("other names writers use: 'GWM', 'Groupe Renault'"),
  kind: z.enum(['brand', 'group']),
  group: z.string().optional().describe('canonical name of the parent group'),
  country: z.string().regex(/^[A-Z]{2}$/).optional().describe('ISO 3166-1 alpha-2 of the home country'),
  ambiguous: z.boolean().optional().describe('also an ordinary word (smart, mini, seat): matched only where it names the maker'),
});

export const ExtractOptionsSchema = z
  .object({
    referenceDate: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'referenceDate must be an ISO date YYYY-MM-DD')
      .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'referenceDate is not a calendar date')
      .optional(),
    language: z.enum(['fr', 'en']).optional(),
    brands: z.array(BrandEntrySchema).optional().describe('extra or overriding brand entries, matched before the built-in gazetteer'),
    maxLength: z.number().int().positive().optional().describe('characters read at most; longer text is cut at a sentence boundary with a warning'),
  })
  .strict();

export type Span = z.infer<typeof SpanSchema>;
export type Language = z.infer<typeof LanguageSchema>;
export type FigureUnit = (typeof FIGURE_UNITS)[number];
export type Metric = (typeof METRICS)[number];
export type Qualifier = (typeof QUALIFIERS)[number];
export type ChangeBasis = (typeof CHANGE_BASES)[number];
export type DateModifier = (typeof DATE_MODIFIERS)[number];
export type PartnershipKind = (typeof PARTNERSHIP_KINDS)[number];
export type Period = z.infer<typeof PeriodSchema>;
export type Figure = z.infer<typeof FigureSchema>;
export type DateMention = z.infer<typeof DateMentionSchema>;
export type Brand = z.infer<typeof BrandSchema>;
export type Country = z.infer<typeof CountrySchema>;
export type Region = z.infer<typeof RegionSchema>;
export type Partnership = z.infer<typeof PartnershipSchema>;
export type Launch = z.infer<typeof LaunchSchema>;
export type ExtractionResult = z.infer<typeof ExtractionResultSchema>;
export type BrandEntry = z.infer<typeof BrandEntrySchema>;
export type ExtractOptions = z.input<typeof ExtractOptionsSchema>;
