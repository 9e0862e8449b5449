// Texto en español de las tarjetas de plan, con los términos de la PUCT.
import type { planEn } from './plan-en';

/** Plan card text in Spanish. */
export const planEs: typeof planEn = {
  next12: 'próximos 12 meses',
  perKwhAverage: (cents, monthly) => `${cents}/kWh en promedio · cerca de ${monthly} al mes`,
  approx: ' (aprox.)',
  approxTitle: 'Cálculo entre los precios publicados',
  perMonthShort: '/mes',
  atUsage: (usage, cents) => `con ${usage} · ${cents}/kWh`,
  term: 'Plazo',
  cancellationFee: 'Cargo por cancelación anticipada',
  renewable: 'Renovable',
  notStated: 'No se indica',
  none: 'Ninguno',
  feePerMonthLeft: (amount) => `${amount} por cada mes restante`,
  monthToMonth: 'Mes a mes',
  termMonths: (n) => `${n} meses`,
  rateType_fixed: 'fija',
  rateType_variable: 'variable',
  rateType_indexed: 'indexada',
  efl: 'Etiqueta de Datos de Electricidad',
  terms: 'Términos de Servicio',
  yrac: 'Sus Derechos como Cliente',
  compare: 'Comparar',
  signUpWith: (provider) => `Inscribirse con ${provider}`,
  thingsToKnow: 'Lo que debe saber',
  monthNames: 'ene,feb,mar,abr,may,jun,jul,ago,sept,oct,nov,dic',
  span: (from, to) => `${from} a ${to}`,
  creditMissed: (n, months) => `No alcanza el crédito en la factura en ${n} de 12 meses (${months})`,
  feeMonths: (n, months) => `Se cobra el cargo por consumo en ${n} de 12 meses (${months})`,
  afterFirstMonth: 'Después del primer mes',
  afterMonth: (n) => `Después del mes ${n}`,
  afterTermMedian: (price, utility) =>
    `suponemos ${price}, el precio mediano de hoy de los planes mes a mes en el área de ${utility}`,
  afterTermAll: (price, n, utility) =>
    `suponemos ${price}, el precio mediano de hoy de los ${n} planes en el área de ${utility}, que no tiene planes mes a mes`,
  markNew: (date) => `Nuevo el ${date}`,
  markCut: (cents, date) => `Precio rebajado ${cents} el ${date}`,
  markRise: (cents, date) => `Precio subido ${cents} el ${date}`,
};
