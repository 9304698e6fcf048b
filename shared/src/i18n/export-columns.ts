// The long-format export's column headers and coded words in the Convention's four languages. English keeps the
// documented column names (the API's field names, which scripts read); French, Spanish and Arabic name the columns in
// words. The import reads a header in any of the four, so an export in any language imports back.
import type { ExportRow } from '../schemas/api.ts';
import type { Qualifier, Reporting, StatusCode } from '../schemas/common.ts';
import { statusLabel } from '../domain/briefing.ts';
import { BRIEFING_TEMPLATES_BY_LANG } from './briefing-templates.ts';
import { LANGUAGES, type Language } from './languages.ts';

type ExportColumn = keyof ExportRow;

// Codes keep their own columns, "(code)" in the header; the words beside them carry the plain name.
const HEADERS: Record<Exclude<Language, 'en'>, Record<ExportColumn, string>> = {
  fr: {
    actionPlan: 'Plan d’action',
    action: 'Action',
    pillar: 'Pilier',
    indicatorId: 'Identifiant de l’indicateur',
    indicatorTitle: 'Indicateur',
    unit: 'Unité',
    cycle: 'Cycle',
    spanFrom: 'Début de la période',
    value: 'Valeur',
    qualifier: 'Qualificatif (code)',
    denominator: 'Dénominateur',
    reporting: 'Communication (code)',
    document: 'Document source',
    paragraph: 'Paragraphe',
    note: 'Note',
    cycleInferred: 'Cycle déduit',
    underReview: 'En cours de vérification (commentaire)',
    underReviewParagraph: 'Paragraphe du commentaire',
    status: 'Statut (code)',
    statusText: 'Statut',
    qualifierText: 'Qualificatif',
    reportingText: 'Communication',
  },
  es: {
    actionPlan: 'Plan de acción',
    action: 'Acción',
    pillar: 'Pilar',
    indicatorId: 'Identificador del indicador',
    indicatorTitle: 'Indicador',
    unit: 'Unidad',
    cycle: 'Ciclo',
    spanFrom: 'Inicio del período',
    value: 'Valor',
    qualifier: 'Calificativo (código)',
    denominator: 'Denominador',
    reporting: 'Comunicación (código)',
    document: 'Documento de origen',
    paragraph: 'Párrafo',
    note: 'Nota',
    cycleInferred: 'Ciclo deducido',
    underReview: 'En revisión (comentario)',
    underReviewParagraph: 'Párrafo del comentario',
    status: 'Estado (código)',
    statusText: 'Estado',
    qualifierText: 'Calificativo',
    reportingText: 'Comunicación',
  },
  ar: {
    actionPlan: 'خطة العمل',
    action: 'الإجراء',
    pillar: 'الركيزة',
    indicatorId: 'معرّف المؤشر',
    indicatorTitle: 'المؤشر',
    unit: 'الوحدة',
    cycle: 'الدورة',
    spanFrom: 'بداية الفترة',
    value: 'القيمة',
    qualifier: 'صفة الرقم (رمز)',
    denominator: 'المقام',
    reporting: 'الإبلاغ (رمز)',
    document: 'الوثيقة المصدر',
    paragraph: 'الفقرة',
    note: 'ملاحظة',
    cycleInferred: 'دورة مستنتجة',
    underReview: 'قيد المراجعة (تعليق)',
    underReviewParagraph: 'فقرة التعليق',
    status: 'الحالة (رمز)',
    statusText: 'الحالة',
    qualifierText: 'صفة الرقم',
    reportingText: 'الإبلاغ',
  },
};

const REPORTING: Record<Language, Record<Reporting, string>> = {
  en: { reported: 'reported', not_reported: 'not reported', not_applicable: 'not applicable' },
  fr: { reported: 'communiqué', not_reported: 'non communiqué', not_applicable: 'sans objet' },
  es: { reported: 'comunicado', not_reported: 'no comunicado', not_applicable: 'no procede' },
  ar: { reported: 'مُبلَّغ عنه', not_reported: 'لم يُبلَّغ عنه', not_applicable: 'لا ينطبق' },
};

/** The header row of an export in a language: the column names in English, words in the others. */
export function exportHeaders(columns: readonly ExportColumn[], lang: Language): string[] {
  return lang === 'en' ? [...columns] : columns.map((c) => HEADERS[lang][c]);
}

const normalised = (name: string) => name.trim().toLowerCase();
const COLUMN_OF_HEADER = new Map<string, ExportColumn>(
  LANGUAGES.flatMap((lang) =>
    lang === 'en' ? [] : (Object.entries(HEADERS[lang]) as [ExportColumn, string][]).map(([column, header]) => [normalised(header), column] as const),
  ),
);

/** The column a header names, in any of the four languages (a header of the export in French reads back); else the header as it is. */
export function exportColumnOfHeader(header: string): string {
  return COLUMN_OF_HEADER.get(normalised(header)) ?? header;
}

/** The words an export row carries beside its codes: the status, qualifier and reporting in the language asked for. */
export function exportWords(lang: Language) {
  const t = BRIEFING_TEMPLATES_BY_LANG[lang];
  return {
    status: (code: StatusCode, deadline: string) => statusLabel(code, t, deadline),
    qualifier: (qualifier: Qualifier) => t[`qualifier.${qualifier}`],
    reporting: (reporting: Reporting) => REPORTING[lang][reporting],
  };
}
