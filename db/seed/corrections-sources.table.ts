/**
 * The record's corrections, each by the source line it follows and what the seeded field says after it
 * (corrections-sources.test.ts checks them in seeded databases). `file` is the text copy of the source document
 * (sources.json's `file`) and `line` the line numbers in it; `is` is the whole value, `has` a part of it that the
 * source line supports, `lacks` the wording the correction removed. `item` is the corrected item, counted in the
 * correction's order, when a correction names several.
 */
export type SourceLineRow = {
  correction: string;
  file: string;
  line: string;
  item?: number;
  path: string;
  is?: unknown;
  has?: string;
  lacks?: string;
};

export const FACT_SHEET_2021 = '002_6cbba5768545fd20.txt';
export const REVIEW_2023 = '003_c092d06124cac876.txt';
export const USTR_2023 = '000_dc3a7d400149554f.txt';
export const STATE_2024 = '004_b7f8d3f8c2beb854.txt';
export const NEWS_2024 = '001_873696eabc50322f.txt';

/** The review's mis-statements, overstated descriptions, missing items and untranslated delegation titles. */
export const RECORD_CORRECTIONS: SourceLineRow[] = [
  // The review's nine mis-statements: currency ×2, leads the documents do not name ×2 workstreams (3 ties),
  // target dates used as report dates ×2, status (accomplishment vs intention), publisher; and the inferred year.
  // "GAC also announced a $17.5 million (over 5 years) call": no currency named.
  {
    correction: 'gac-call-currency',
    file: STATE_2024,
    line: 'L537',
    path: 'figure.unit.en',
    is: 'dollars (currency not stated; over 5 years) in a call for proposals by Global Affairs Canada',
  },
  {
    correction: 'gac-call-currency',
    file: STATE_2024,
    line: 'L537',
    path: 'figure.unit.es',
    has: 'moneda no especificada',
    lacks: 'estadounidenses',
  },
  // "with Canada announcing a $17.5 million project"
  {
    correction: 'canada-project-currency',
    file: NEWS_2024,
    line: 'L28',
    path: 'figure.unit.en',
    is: 'dollars (currency not stated) in a project announced by Canada',
  },
  {
    correction: 'canada-project-currency',
    file: NEWS_2024,
    line: 'L28',
    path: 'figure.unit.es',
    has: 'moneda no especificada',
    lacks: 'estadounidenses',
  },
  // "Both governments plan to hold a high-level dialogue": no agency named.
  { correction: 'telecom-leads', file: FACT_SHEET_2021, line: 'L59', path: 'leads', is: [] },
  // "The U.S. Department of State intends to support …": State, not Commerce (SE by the heading rule).
  { correction: 'semiconductor-action-plan-leads', file: USTR_2023, line: 'L37', path: 'leads', is: ['state', 'se'] },
  // "It is expected to be completed by September 21, 2024." A target, reported on 2024-04-19.
  { correction: 'otay-mesa-ii-report-date', file: STATE_2024, line: 'L470', path: 'date', is: '2024-04-19' },
  // "expects to complete works by June 7, 2024"
  { correction: 'piedras-negras-report-date', file: STATE_2024, line: 'L471-472', path: 'date', is: '2024-04-19' },
  // "are finalizing a proposal": nothing done yet.
  { correction: 'border-proposal-kind', file: FACT_SHEET_2021, line: 'L31', path: 'kind', is: 'intention' },
  // "FOR IMMEDIATE RELEASE / Monday, December 13, 2021": no publisher named.
  { correction: 'fact-sheet-2021-publisher', file: FACT_SHEET_2021, line: 'L5-7', path: 'publisher', is: '' },
  // "On February 23, the Department of Labor …": no year.
  {
    correction: 'dol-exchange-year-inferred',
    file: REVIEW_2023,
    line: 'L213',
    path: 'text.en',
    has: 'On February 23 (the review gives no year; 2023 follows from the period it covers)',
  },
  { correction: 'dol-exchange-year-inferred', file: REVIEW_2023, line: 'L213', path: 'text.es', has: 'la revisión no indica el año' },

  // Descriptions that stated intentions as done, and a quoted title of our own.
  {
    correction: 'semiconductor-plan-intentions',
    file: USTR_2023,
    line: 'L37-38',
    path: 'description.en',
    has: 'The governments also intended a State Department-supported technical delegation',
    lacks: 'ITSI Fund, a State Department-supported',
  },
  {
    correction: 'semiconductor-plan-intentions',
    file: USTR_2023,
    line: 'L37-38',
    path: 'description.es',
    has: 'Los gobiernos también previeron una delegación técnica',
  },
  {
    correction: 'telecom-mechanism-intended',
    file: FACT_SHEET_2021,
    line: 'L60',
    path: 'description.en',
    has: 'after which they intended to establish a non-binding mechanism',
    lacks: 'leading to',
  },
  {
    correction: 'talent-document-title',
    file: USTR_2023,
    line: 'L96',
    path: 'description.es',
    has: 'el documento “Talento mexicano para el crecimiento económico y el nearshoring”',
    lacks: 'relocalización de inversiones',
  },
  {
    correction: 'talent-document-title',
    file: USTR_2023,
    line: 'L96',
    item: 1,
    path: 'text.es',
    has: 'presentó el documento “Talento mexicano para el crecimiento económico y el nearshoring”',
    lacks: 'dossier',
  },

  // Items the record lacked, placed in the meetings' summaries.
  {
    correction: 'stakeholder-consultation-2023-04-18',
    file: REVIEW_2023,
    line: 'L35-37',
    path: 'summary.en',
    has: 'they consulted civil society, the private sector, academia, labor and other non-governmental organizations through an open, inclusive dialogue',
  },
  {
    correction: 'stakeholder-websites-2023-04-18',
    file: REVIEW_2023,
    line: 'L60-62',
    path: 'summary.es',
    has: 'en gob.mx/dean y trade.gov/HLED',
  },
  {
    correction: 'stakeholder-outreach-2023-09-29',
    file: USTR_2023,
    line: 'L11',
    path: 'summary.en',
    has: 'hosted stakeholder outreach engagements with civil society, the private sector, academia and non-governmental organizations',
  },
  {
    correction: 'stakeholder-recommendations-2024-04-19',
    file: STATE_2024,
    line: 'L357-361',
    path: 'summary.en',
    has: 'considered stakeholder recommendations in areas such as semiconductor supply chain coordination',
  },
  {
    correction: 'trade-context-2024-04-19',
    file: STATE_2024,
    line: 'L340-341',
    path: 'summary.en',
    has: 'total two-way goods trade of $799 billion',
  },

  // Delegation titles in Spanish, line for line with the English the documents give.
  {
    correction: 'delegation-titles-es-2023',
    file: REVIEW_2023,
    line: 'L5-9',
    path: 'mxLeadsEs',
    is: [
      'Alejandro Encinas, subsecretario de Comercio Exterior',
      'Gabriel Yorio, subsecretario de Hacienda y Crédito Público',
      'Roberto Velasco, jefe de la Unidad para América del Norte',
    ],
  },
  {
    correction: 'delegation-titles-es-2023',
    file: REVIEW_2023,
    line: 'L5-9',
    path: 'usLeadsEs',
    has: 'Marisa Lago, subsecretaria de Comercio Internacional del Departamento de Comercio',
  },
  {
    correction: 'delegation-titles-es-2024',
    file: STATE_2024,
    line: 'L332-337',
    path: 'mxLeadsEs',
    has: 'Alejandro Encinas, subsecretario de Comercio Exterior',
  },
  {
    correction: 'delegation-titles-es-2024',
    file: STATE_2024,
    line: 'L332-337',
    path: 'usLeadsEs',
    has: 'Cara Morrow, asesora principal de la Representante Comercial de los Estados Unidos',
  },
];
