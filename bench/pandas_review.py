"""The review's receivables figures computed with pandas, as the speed and correctness reference for the CLI.

Usage: python3 bench/pandas_review.py <folder with customers.csv and invoices.csv> <as-of YYYY-MM-DD>
Prints one JSON object: portfolio open receivables, aging buckets, credit sales 365, DSO, BPDSO, ADD, and how many
customers got per-customer figures (open, buckets, sales 365, DSO). Same definitions as DESIGN.md section 5.
"""
import json
import sys

import numpy as np
import pandas as pd


def main(folder: str, as_of_text: str) -> None:
    as_of = pd.Timestamp(as_of_text)
    customers = pd.read_csv(f"{folder}/customers.csv", usecols=["Customer ID"], dtype={"Customer ID": str})
    invoices = pd.read_csv(
        f"{folder}/invoices.csv",
        usecols=["Customer ID", "Invoice Date", "Due Date", "Amount", "Open Amount"],
        dtype={"Customer ID": str},
    )
    invoices["Invoice Date"] = pd.to_datetime(invoices["Invoice Date"], format="%Y-%m-%d")
    invoices["Due Date"] = pd.to_datetime(invoices["Due Date"], format="%Y-%m-%d")
    inv = invoices[(invoices["Invoice Date"] <= as_of) & invoices["Customer ID"].isin(customers["Customer ID"])].copy()
    # Cents as integers: exact sums, like the engine.
    inv["open_c"] = np.rint(inv["Open Amount"].to_numpy() * 100).astype(np.int64)
    inv["amount_c"] = np.rint(inv["Amount"].to_numpy() * 100).astype(np.int64)
    dpd = (as_of - inv["Due Date"]).dt.days.to_numpy()
    bucket = np.select([dpd <= 0, dpd <= 30, dpd <= 60, dpd <= 90], [0, 1, 2, 3], default=4)
    inv["bucket"] = bucket
    in_year = inv["Invoice Date"] > as_of - pd.Timedelta(days=365)
    inv["sales_c"] = np.where(in_year, inv["amount_c"], 0)

    per_customer = inv.groupby("Customer ID").agg(open_c=("open_c", "sum"), sales_c=("sales_c", "sum"))
    aging = inv.pivot_table(index="Customer ID", columns="bucket", values="open_c", aggfunc="sum", fill_value=0)
    per_customer = per_customer.join(aging)
    with np.errstate(divide="ignore", invalid="ignore"):
        per_customer["dso"] = np.where(per_customer["sales_c"] > 0, per_customer["open_c"] / per_customer["sales_c"] * 365, np.nan)

    open_c = int(inv["open_c"].sum())
    buckets = [int(inv.loc[inv["bucket"] == b, "open_c"].sum()) for b in range(5)]
    sales_c = int(inv["sales_c"].sum())
    result = {
        "customersWithInvoices": int(len(per_customer)),
        "openReceivables": open_c / 100,
        "aging": dict(zip(["current", "d1_30", "d31_60", "d61_90", "d90plus"], [b / 100 for b in buckets])),
        "creditSales365": sales_c / 100,
        "dso": open_c / sales_c * 365 if sales_c else None,
        "bpdso": buckets[0] / sales_c * 365 if sales_c else None,
        "add": (open_c - buckets[0]) / sales_c * 365 if sales_c else None,
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
