"""The review's portfolio figures computed with pandas, as the speed and correctness reference for the CLI.

Usage: python3 bench/pandas_review.py <folder with customers.csv and invoices.csv> <as-of YYYY-MM-DD>
Prints one JSON object with the figures of the CLI's JSON summary that need no scoring: open and overdue
receivables, aging buckets, the provision matrix (default loss rates), credit sales 365, DSO, BPDSO, ADD, top-10
share and HHI of positive exposure, customers over their limit in force (a temporary limit until it expires), insured
cover (less disputed items over 90 days past due) and uninsured exposure; and the checks
every review makes on its input (dates parse, amounts are numbers, invoice ids unique, customers known). Same
definitions as docs/architecture.md, "Shared definitions". The CLI does more (scores, grades, limits, alerts,
worklist): this is the part pandas can be asked to do without writing a scoring engine.
"""
import json
import sys

import numpy as np
import pandas as pd

LOSS_RATES = [0.005, 0.02, 0.05, 0.15, 0.5]  # the default policy's provision matrix


def main(folder: str, as_of_text: str) -> None:
    as_of = pd.Timestamp(as_of_text)
    customers = pd.read_csv(
        f"{folder}/customers.csv",
        usecols=lambda c: c in {"Customer ID", "Credit Limit", "Insured Limit", "Temporary Limit", "Temporary Limit Expiry"},
        dtype={"Customer ID": str, "Temporary Limit Expiry": str},
    )
    invoices = pd.read_csv(
        f"{folder}/invoices.csv",
        usecols=["Invoice ID", "Customer ID", "Invoice Date", "Due Date", "Amount", "Open Amount", "Paid Date", "Disputed"],
        dtype={"Invoice ID": str, "Customer ID": str, "Disputed": str},
    )
    # The review's input checks: dates that parse, numbers that are numbers, unique ids, known customers.
    for column in ["Invoice Date", "Due Date", "Paid Date"]:
        invoices[column] = pd.to_datetime(invoices[column], format="%Y-%m-%d", errors="coerce")
    for column in ["Amount", "Open Amount"]:
        invoices[column] = pd.to_numeric(invoices[column], errors="coerce")
    bad = invoices["Invoice Date"].isna() | invoices["Amount"].isna() | invoices["Invoice ID"].duplicated(keep="first")
    duplicated_customers = int(customers["Customer ID"].duplicated().sum())
    known = invoices["Customer ID"].isin(customers["Customer ID"])
    inv = invoices[~bad & known & (invoices["Invoice Date"] <= as_of)].copy()
    inv["Due Date"] = inv["Due Date"].fillna(inv["Invoice Date"])

    # Cents as integers: exact sums, like the engine.
    inv["open_c"] = np.rint(inv["Open Amount"].fillna(inv["Amount"]).to_numpy() * 100).astype(np.int64)
    inv["amount_c"] = np.rint(inv["Amount"].to_numpy() * 100).astype(np.int64)
    dpd = (as_of - inv["Due Date"]).dt.days.to_numpy()
    inv["bucket"] = np.select([dpd <= 0, dpd <= 30, dpd <= 60, dpd <= 90], [0, 1, 2, 3], default=4)
    in_year = inv["Invoice Date"] > as_of - pd.Timedelta(days=365)
    inv["sales_c"] = np.where(in_year, inv["amount_c"], 0)

    # Disputed items past the insurer's notification deadline (90 days past due) leave insured cover.
    disputed = inv["Disputed"].fillna("").str.strip().str.upper().isin(["TRUE", "1", "YES", "Y"]).to_numpy()
    inv["lost_c"] = np.where(disputed & (dpd > 90), inv["open_c"], 0)
    per_customer = inv.groupby("Customer ID").agg(
        open_c=("open_c", "sum"), sales_c=("sales_c", "sum"), lost_c=("lost_c", "sum")
    )
    aging = inv.pivot_table(index="Customer ID", columns="bucket", values="open_c", aggfunc="sum", fill_value=0)
    per_customer = per_customer.join(aging)
    with np.errstate(divide="ignore", invalid="ignore"):
        per_customer["dso"] = np.where(per_customer["sales_c"] > 0, per_customer["open_c"] / per_customer["sales_c"] * 365, np.nan)

    # Exposure per customer (every customer, none without invoices), limits and insurance.
    book = customers.drop_duplicates("Customer ID").set_index("Customer ID")
    book["exposure"] = per_customer["open_c"].reindex(book.index, fill_value=0) / 100
    exposure = book["exposure"].to_numpy()
    limit = book["Credit Limit"].to_numpy(dtype=float)
    # The limit in force: a temporary limit until its expiry (on or after as-of), else the credit limit.
    if "Temporary Limit" in book and "Temporary Limit Expiry" in book:
        expiry = pd.to_datetime(book["Temporary Limit Expiry"], format="%Y-%m-%d", errors="coerce")
        temporary = book["Temporary Limit"].to_numpy(dtype=float)
        active = (~np.isnan(temporary)) & (expiry >= as_of).to_numpy()
        limit = np.where(active, temporary, limit)
    insured = book["Insured Limit"].fillna(0).to_numpy(dtype=float)
    over_limit = np.where(np.isnan(limit), exposure > 0, exposure > np.nan_to_num(limit))
    positive = exposure[exposure > 0]
    positive_total = positive.sum()
    top10 = np.sort(positive)[::-1][:10].sum() / positive_total if positive_total > 0 else None
    hhi = float(((positive / positive_total) ** 2).sum()) if positive_total > 0 else None
    lost = per_customer["lost_c"].reindex(book.index, fill_value=0).to_numpy() / 100
    has = exposure > 0
    cover = np.minimum(insured[has], np.maximum(0, exposure[has] - lost[has]))
    insured_cover_c = int(np.rint(cover * 100).sum())
    uninsured_c = int(np.rint(np.maximum(0, exposure[has] - cover) * 100).sum())

    open_c = int(inv["open_c"].sum())
    buckets = [int(inv.loc[inv["bucket"] == b, "open_c"].sum()) for b in range(5)]
    sales_c = int(inv["sales_c"].sum())
    result = {
        "customers": int(len(book)),
        "customersWithInvoices": int(len(per_customer)),
        "rejectedInvoices": int(bad.sum()),
        "unknownCustomerInvoices": int((~known & ~bad).sum()),
        "duplicateCustomers": duplicated_customers,
        "openReceivables": open_c / 100,
        "overdueReceivables": (open_c - buckets[0]) / 100,
        "aging": dict(zip(["current", "d1_30", "d31_60", "d61_90", "d90plus"], [b / 100 for b in buckets])),
        "ecl": sum(b * r for b, r in zip(buckets, LOSS_RATES)) / 100,
        "creditSales365": sales_c / 100,
        "dso": open_c / sales_c * 365 if sales_c else None,
        "bpdso": buckets[0] / sales_c * 365 if sales_c else None,
        "add": (open_c - buckets[0]) / sales_c * 365 if sales_c else None,
        "top10Share": float(top10) if top10 is not None else None,
        "hhi": hhi,
        "overLimitCustomers": int(over_limit.sum()),
        "insuredCover": insured_cover_c / 100,
        "uninsuredExposure": uninsured_c / 100,
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
