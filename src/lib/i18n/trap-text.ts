// Trap labels in Spanish. The cost engine words its labels in English from a handful of fixed
// sentence shapes (lib/cost/traps.ts); each shape has its Spanish sentence here, with the same
// figures. A label no rule knows returns null and is shown in English, marked lang="en".

const STEP = /^(\$[\d,.]+) (bill credit|fee)$/;
const BANDS: [RegExp, (...m: string[]) => string][] = [
  [/^between ([\d,]+) and ([\d,]+) kWh$/, (a, b) => `entre ${a} y ${b} kWh`],
  [/^([\d,]+) kWh or more$/, (a) => `${a} kWh o más`],
  [/^more than ([\d,]+) kWh$/, (a) => `más de ${a} kWh`],
  [/^([\d,]+) kWh or less$/, (a) => `${a} kWh o menos`],
  [/^less than ([\d,]+) kWh$/, (a) => `menos de ${a} kWh`],
  [/^any usage$/, () => 'cualquier consumo'],
];
const WINDOWS: Record<string, string> = {
  'free or cheaper weekends': 'fines de semana gratis o más baratos',
  'free or cheaper nights': 'noches gratis o más baratas',
  'free or cheaper daytime hours': 'horas del día gratis o más baratas',
  'prices that change with the time of day': 'precios que cambian según la hora del día',
};
const FIXED: Record<string, string> = {
  'Has a minimum-usage fee or usage credit that the listing does not spell out: check the Electricity Facts Label':
    'Tiene un cargo por consumo mínimo o un crédito por consumo que la oferta no explica: revise la Etiqueta de Datos de Electricidad',
  'No fixed term is posted: the price may change at any time':
    'No se publica un plazo fijo: el precio puede cambiar en cualquier momento',
  'Indexed rate: the price follows a market index, so bills can jump when wholesale prices spike':
    'Tarifa indexada: el precio sigue un índice del mercado, así que las facturas pueden dispararse cuando suben los precios al por mayor',
  'Variable rate: the provider can change the price from month to month':
    'Tarifa variable: el proveedor de electricidad puede cambiar el precio de un mes a otro',
  'Prepaid: you pay in advance, and service can be cut off soon after the balance runs out':
    'Prepagado: usted paga por adelantado, y le pueden cortar el servicio poco después de que se le acabe el saldo',
};

const step = (s: string) => {
  const m = STEP.exec(s);
  if (!m) return null;
  return m[2] === 'fee' ? `un cargo de ${m[1]}` : `un crédito en la factura de ${m[1]}`;
};
const band = (s: string) => {
  for (const [re, to] of BANDS) {
    const m = re.exec(s);
    if (m) return to(...m.slice(1));
  }
  return null;
};
/** "the $100 bill credit only applies between 1,000 and 2,000 kWh" → Spanish, or null. */
const creditRule = (s: string) => {
  const m = /^the (.+?) (only applies|needs) (.+)$/.exec(s);
  const [st, b] = m ? [step(m[1]!), band(m[3]!)] : [null, null];
  if (!m || !st || !b) return null;
  return `${st.replace(/^un /, 'el ')} ${m[2] === 'needs' ? 'requiere' : 'solo aplica con'} ${b}`;
};

const RULES: [RegExp, (...m: string[]) => string | null][] = [
  [
    /^Costs (\S+) at 500 kWh and (\S+) at 2,000 kWh, but (\S+) at 1,000 kWh: a bill credit probably applies only around 1,000 kWh$/,
    (a, b, c) =>
      `Cuesta ${a} a 500 kWh y ${b} a 2,000 kWh, pero ${c} a 1,000 kWh: lo más seguro es que un crédito en la factura solo aplique alrededor de 1,000 kWh`,
  ],
  [/^Costs (\S+) if you use ([\d,]+) kWh: (the .+)$/, (a, n, r) => withRule(`Cuesta ${a} si gasta ${n} kWh`, r)],
  [
    /^Costs (\S+) at 500 kWh but (\S+) at 1,000 kWh: (the .+)$/,
    (a, b, r) => withRule(`Cuesta ${a} a 500 kWh pero ${b} a 1,000 kWh`, r),
  ],
  [
    /^Costs (\S+) if you use 500 kWh: the bill is the same (\S+) for any usage below ([\d,]+) kWh$/,
    (a, flat, n) =>
      `Cuesta ${a} si gasta 500 kWh: la factura es la misma, ${flat}, con cualquier consumo menor de ${n} kWh`,
  ],
  [
    /^Adds a (.+?) in months you use (.+)$/,
    (s, b) => (step(s) && band(b) ? `Agrega ${step(s)} en los meses en que gasta ${band(b)}` : null),
  ],
  [
    /^Time of use \((.+)\): power at other hours costs more than the posted price, which assumes a typical household's timing$/,
    (w) =>
      WINDOWS[w]
        ? `Por horario de uso (${WINDOWS[w]}): la luz a otras horas cuesta más que el precio publicado, que supone los horarios de un hogar típico`
        : null,
  ],
  [
    /^Price is fixed for only (\d+) months?: after that it can change$/,
    (n) => `El precio es fijo solo por ${n} ${n === '1' ? 'mes' : 'meses'}: después puede cambiar`,
  ],
  [
    /^Early-termination fee of (\S+) for each month left(?:: leaving right after signing up costs up to (\S+))?$/,
    (fee, worst) =>
      `Cargo por cancelación anticipada de ${fee} por cada mes restante${worst ? `: si cancela justo después de inscribirse, le puede costar hasta ${worst}` : ''}`,
  ],
];

function withRule(lead: string, rule: string): string | null {
  const r = creditRule(rule);
  return r ? `${lead}: ${r}` : null;
}

/** A trap label in Spanish, or null when its English wording has no Spanish rule. */
export function trapTextEs(text: string): string | null {
  if (FIXED[text]) return FIXED[text]!;
  for (const [re, to] of RULES) {
    const m = re.exec(text);
    const spanish = m ? to(...m.slice(1).map((x) => x ?? '')) : null;
    if (spanish) return spanish;
  }
  return null;
}
