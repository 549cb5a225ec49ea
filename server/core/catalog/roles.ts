/**
 * Sign-off roles (docs/rules.md#missing-signoff). Entries in a Sign-off section are matched against
 * names and aliases, longest first, so that `客户总监` is not read as `客户`.
 * No name or alias is shared by two roles (checked in test/catalog.test.ts).
 * `AD` is deliberately absent: it means account director as often as art director.
 */
import type { RoleDef } from './schema';

export const ROLES: readonly RoleDef[] = [
  {
    id: 'client',
    names: { en: 'Client', zh: '客户', es: 'Cliente' },
    aliases: ['customer', '甲方', '客户方', 'clienta'],
  },
  {
    id: 'general-manager',
    names: { en: 'General manager', zh: '总经理', es: 'Director general' },
    aliases: ['GM', 'managing director', '总裁', 'directora general', 'gerente general', 'dirección general'],
  },
  {
    id: 'account-director',
    names: { en: 'Account director', zh: '客户总监', es: 'Director de cuentas' },
    aliases: [
      'client service director',
      'group account director',
      '客户服务总监',
      'directora de cuentas',
      'director de cuenta',
      'directora de cuenta',
      // A Spanish agency names the role by its department too: `Dirección de cuentas`, `Dirección creativa`.
      'dirección de cuentas',
      'dirección de cuenta',
    ],
  },
  {
    id: 'creative-director',
    names: { en: 'Creative director', zh: '创意总监', es: 'Director creativo' },
    aliases: [
      'CD',
      'executive creative director',
      'ECD',
      '执行创意总监',
      'directora creativa',
      'director creativo ejecutivo',
      'dirección creativa',
    ],
  },
  {
    id: 'account-lead',
    names: { en: 'Account lead', zh: '客户负责人', es: 'Responsable de cuenta' },
    aliases: [
      'account manager',
      'account executive',
      '客户经理',
      '客户执行',
      'responsable de cuentas',
      'ejecutivo de cuentas',
      'ejecutiva de cuentas',
    ],
  },
  {
    id: 'creative-lead',
    names: { en: 'Creative lead', zh: '创意负责人', es: 'Responsable creativo' },
    aliases: ['lead creative', '创意主管', 'responsable creativa', 'responsable de creatividad'],
  },
];

/**
 * A senior role that signs where the type asks for the lead of the same side: a brief's
 * "creative lead" row is often signed by the creative director, its "account lead" by the
 * account director. Used only when the type does not ask for the senior role itself.
 */
export const STANDS_IN_FOR: Readonly<Record<string, string>> = {
  'creative-director': 'creative-lead',
  'account-director': 'account-lead',
};
