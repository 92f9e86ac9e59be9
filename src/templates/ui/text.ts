// UI wording for the library's codes (variable checks, import problems), through the one i18n layer.

import type { Lang } from '../../core/types';
import { registerCatalog, t, type MessageKey } from '../../ui/i18n/index';
import { templates } from '../../ui/i18n/templates';
import type { ImportError, ImportErrorCode } from '../io';
import type { VarIssue, VarIssueCode } from '../variables';

// The template form's strings, registered by every template UI module that imports this one
// (the list and the preview import it for that alone).
registerCatalog(templates);

const ISSUE_KEYS: Record<VarIssueCode, MessageKey> = {
  required: 'varRequired',
  number: 'varNumber',
  negative: 'varNegative',
  decimals: 'varDecimals',
  too_large: 'varTooLarge',
  date: 'varDate',
  integer: 'varInteger',
  too_long: 'varTooLong',
  chars: 'varChars',
  phone: 'varPhone',
  sum: 'varSum',
  payable: 'varPayable',
};

export const issueText = (lang: Lang, issue: Pick<VarIssue, 'code'>): string => t(lang, ISSUE_KEYS[issue.code]);

const ERROR_KEYS: Record<ImportErrorCode, MessageKey> = {
  too_big: 'tmErrTooBig',
  json: 'tmErrJson',
  not_object: 'tmErrNotObject',
  format: 'tmErrFormat',
  version: 'tmErrVersion',
  templates: 'tmErrTemplates',
  too_many: 'tmErrTooMany',
  entry: 'tmErrEntry',
  unknown_field: 'tmErrUnknownField',
  required: 'tmErrRequired',
  type: 'tmErrType',
  id: 'tmErrId',
  duplicate_id: 'tmErrDuplicateId',
  builtin_id: 'tmErrBuiltinId',
  length: 'tmErrLength',
  enum: 'tmErrEnum',
  segments: 'tmErrSegments',
  syntax: 'tmErrSyntax',
  lint: 'tmErrLint',
};

/** What is wrong, without where. */
export const problemText = (lang: Lang, e: ImportError): string => t(lang, ERROR_KEYS[e.code], { detail: e.detail ?? '' });

/** Where in an imported file: "第2条「my-id」的 body 字段", "文件的 version 字段". */
export function whereText(lang: Lang, e: ImportError): string {
  if (e.entry !== undefined) {
    return e.field
      ? t(lang, 'tmWhereEntry', { n: e.entry, id: e.entryId ?? '', field: e.field })
      : t(lang, 'tmWhereEntryNoField', { n: e.entry });
  }
  return e.field ? t(lang, 'tmWhereFile', { field: e.field }) : t(lang, 'tmWhereFileWhole');
}

/** The whole message for a rejected import. */
export const importErrorText = (lang: Lang, e: ImportError): string =>
  t(lang, 'tmImportFailed', { where: whereText(lang, e), problem: problemText(lang, e) });

const FIELD_KEYS: Record<string, MessageKey> = {
  id: 'tmFieldId',
  name: 'tmFieldName',
  scenario: 'tmFieldScenario',
  tone: 'tmFieldTone',
  audience: 'tmFieldAudience',
  body: 'tmFieldBody',
  segments: 'tmFieldSegments',
};

/** A validation problem in the editor: "正文：模板写法有误：{name}". */
export const fieldErrorText = (lang: Lang, e: ImportError): string =>
  t(lang, 'tmFieldError', { field: e.field && FIELD_KEYS[e.field] ? t(lang, FIELD_KEYS[e.field]!) : (e.field ?? ''), problem: problemText(lang, e) });
