/**
 * Blanks of other people's templates that stand where a person's name goes (`Responsable: [Nombre]`,
 * `| [Owner] | … |`): nobody is named yet, so the action has no owner (docs/rules.md#action-missing-owner).
 * Compared folded (no case or accents), without the brackets around them. TBD-style words for any value
 * (`TBD`, `Por definir`, `待定`) are text.ts's PLACEHOLDERS.
 */
export const BLANK_NAMES: readonly string[] = [
  'name',
  'names',
  'owner',
  'owner name',
  'assignee',
  'person',
  'responsible',
  'team member',
  'your name',
  'who',
  'quién',
  'quien',
  '谁',
  'nombre',
  'nombres',
  'nombre del responsable',
  'nombre y apellido',
  'responsable',
  'persona',
  'encargado',
  'miembro',
  'integrante',
  '姓名',
  '名字',
  '负责人',
  '责任人',
  '某某',
  'xxx',
];

/** TBD-style words met as owners in real minutes (`Responsable: Por asignar`), besides text.ts's PLACEHOLDERS. */
export const UNASSIGNED: readonly string[] = [
  'por asignar',
  'sin asignar',
  'a definir',
  'por determinar',
  'a determinar',
  'unassigned',
  'not assigned',
  'to be assigned',
  'to be decided',
  'to be determined',
  '待分配',
  '未分配',
  '待指定',
];
