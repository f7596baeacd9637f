-- Issue #13: R9's managed accounts sum a package's credits (its SCHEDULED and ADJUSTMENT lines) once per DP
-- invoice paid and per account reported. Without an index each sum read the whole ledger: 30 sums took 7.8 s
-- of a scheduled run at a million visits, and they grow with the ledger times the accounts. Only those two
-- line types are indexed, so the VISIT lines (almost all of them) cost nothing more to write.
create index payment_line_account_credit on payment_line (package_id)
    where line_type in ('SCHEDULED', 'ADJUSTMENT');
