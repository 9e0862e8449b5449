// Texto en español de las gráficas: títulos de los ejes, leyendas, descripciones para lectores de
// pantalla y tablas de datos. "Exportación" es la de Power to Choose, como en el historial de precios.
import type { chartEn } from './chart-en';

/** Chart text in Spanish. */
export const chartEs: typeof chartEn = {
  chartNotAvailable: 'no disponible',
  chartUsageAxis: 'Uso mensual (kWh)',
  chartUsageHeader: 'Uso (kWh)',
  chartCentsAxis: '¢ por kWh',
  chartDollarsAxis: '$ al mes',
  chartCentsMeasure: 'Precio promedio en centavos por kWh',
  chartBillMeasure: 'Factura mensual en dólares',
  chartCurveDescription: (measure, from, to, names, marker) =>
    `${measure} con consumos de ${from} a ${to} kWh, para: ${names}.${marker}`,
  chartMarkerNote: (usage) => ` Una línea vertical marca su consumo, ${usage} kWh.`,
  chartYourUsage: (usage) => `Su consumo: ${usage} kWh`,
  chartHistoryMeasure: 'Precio publicado en centavos por kWh a',
  chartAtUsage: (usage) => `A ${usage}`,
  chartOnDate: (date) => `el ${date}`,
  chartOnDates: (n, first, last) => `en ${n} fechas de exportación, del ${first} al ${last}`,
  chartDate: 'Fecha',
  chartMonth: 'Mes',
  chartTotal: 'Total',
  chartPricedBy: 'Tipo de precio',
  chartPlanPrice: 'Precio del plan',
  chartAfterTerm: 'Precio supuesto después del plazo',
  chartBarLabel: (month, bill, usage, pricedBy) => `${month}: ${bill} con ${usage} kWh (${pricedBy})`,
  chartOnAverage: (cents) => ` (${cents} en promedio)`,
  chartAssumedFrom: (n) =>
    ` A partir del mes ${n}, el plazo del plan ya terminó y la factura usa el precio supuesto para después del plazo.`,
  chartYearDescription: (first, last, total, average) =>
    `Factura estimada de cada mes, de ${first} a ${last}: ${total} en total${average}.`,
  chartAssumedAfter: ', precio supuesto después del plazo',
  chartCompareDescription: (plans) => `Facturas mensuales estimadas de los próximos 12 meses para: ${plans}.`,
  chartInAll: (plan, total) => `${plan} (${total} en total)`,
  chartOutlined:
    ' Las barras con solo el contorno son meses después del plazo de un plan, con el precio supuesto para después del plazo.',
  chartMarketMeasure: 'Precio en centavos por kWh a 1,000 kWh de',
  chartMedianFixed: 'Mediana de los planes fijos de 12 meses',
  chartMedianFixedDescribes: 'la mediana de los planes de tarifa fija a 12 meses',
  chartCheapest: 'Plan más barato',
  chartCheapestDescribes: 'el plan más barato',
  chartNoCost: 'No hay datos de costo para graficar.',
  chartNoHistory: 'Todavía no hay historial de precios.',
  chartNoBills: 'No hay facturas para graficar.',
};
