/** Altman Z of a customer from the Customers table, with the model picked by the data available. */
import type { Customer } from "../portfolio/model";
import { altmanZ, altmanZone, type AltmanModel, type AltmanZone } from "./altman";

export interface CustomerAltman {
  readonly z: number;
  readonly model: AltmanModel;
  readonly zone: AltmanZone;
}

/**
 * Z and zone of a customer, or undefined when the figures are not there. The Customers table holds book equity,
 * not market value, so the public model (which needs market equity) is never picked:
 * - `private` (Z′) when annual revenue is known (it needs sales);
 * - `nonmfg` (Z″) otherwise.
 * Needs total assets > 0, total liabilities > 0, current assets and liabilities (working capital), retained
 * earnings and EBIT; equity defaults to total assets − total liabilities when blank.
 * @example customerAltman(customer) // { z: 2.41, model: "private", zone: "Grey" }
 */
export function customerAltman(customer: Customer): CustomerAltman | undefined {
  const {
    totalAssets: ta,
    totalLiabilities: tl,
    currentAssets: ca,
    currentLiabilities: cl,
    retainedEarnings: re,
    ebit,
  } = customer;
  if (
    ta === undefined ||
    tl === undefined ||
    ca === undefined ||
    cl === undefined ||
    re === undefined ||
    ebit === undefined
  )
    return undefined;
  if (!(ta > 0 && tl > 0)) return undefined;
  const model: AltmanModel = customer.annualRevenue !== undefined ? "private" : "nonmfg";
  const z = altmanZ(
    {
      workingCapital: ca - cl,
      retainedEarnings: re,
      ebit,
      equity: customer.equity ?? ta - tl,
      sales: customer.annualRevenue ?? 0,
      totalAssets: ta,
      totalLiabilities: tl,
    },
    model,
  );
  return Number.isFinite(z) ? { z, model, zone: altmanZone(z, model) } : undefined;
}
