// English text of the ZIP pages.

/** ZIP answer text. */
export const zipEn = {
  ownerMunicipal: 'a city-owned utility',
  ownerCoop: 'a member-owned electric cooperative',
  chosenIs: (owner: string) =>
    ` is ${owner}. Homes it serves buy their electricity from it: it sets the rates and sends the bill, and it has not opened its area to retail competition.`,
  chosenSo: (name: string) =>
    `So if ${name} is on your bill, you cannot choose a retail electricity plan, and none of the plans on this site apply to your home. For its rates, ask ${name} directly.`,
  backToZip: (zip: string) => `Back to the utilities of ZIP ${zip}`,
  askShared: (zip: string, city: string) =>
    `ZIP ${zip} in ${city} is shared by several utilities, and some of them do not offer retail choice.`,
  askWhich: "Which company's name is on your electricity bill?",
  split: (zip: string, city: string, n: number) =>
    `ZIP ${zip} in ${city} is split between ${n} utilities. Plans depend on which one delivers power to your address: it is named on your electricity bill as your "TDSP" or delivery company.`,
  plansFor: (utility: string, city: string) => `Plans for ${utility} customers in ${city}`,
  zipCoop: (coops: string) =>
    `Some addresses in this ZIP are served by ${coops}, a co-op without retail choice. If it is on your bill, the plans here don't apply.`,
  poBox: (zip: string, city: string, inside: string, utilities: string) =>
    `ZIP ${zip} (${city}) is a post-office-box ZIP that the utility maps do not list. It lies inside ${inside}, where every mapped ZIP around it is served by ${utilities}.`,
  servedBy: (zip: string, city: string, utility: string, owner: string) =>
    `ZIP ${zip} (${city}) is served by ${utility}, ${owner} that has not opened its area to retail competition.`,
  outside: (zip: string, city: string, unnamed: string) =>
    `ZIP ${zip} (${city}) is not in the territory of any of the six Texas utilities open to retail competition: it is served by ${unnamed}.`,
  noPlans: 'Homes there buy electricity from their local utility, so there are no retail plans to compare.',
  seeChoiceCities: 'See the Texas cities with retail choice',
  zipUnknown: (zip: string) => `We have no Texas utility data for ZIP ${zip}.`,
};
