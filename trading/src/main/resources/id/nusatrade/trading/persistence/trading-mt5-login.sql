-- Which MT5 login (mt5_terminal.account of the same tenant) trades for a trading account, so the
-- gateway's execution reports (which name the login) reach the account's orders. Null: no MT5
-- terminal; a report naming an unmapped login is dead-lettered by the consumer, not applied.
alter table trading_account add column mt5_login bigint;
create unique index trading_account_mt5_login on trading_account (tenant_id, mt5_login)
    where mt5_login is not null;
comment on column trading_account.mt5_login is 'MT5 login (mt5_terminal.account) trading for this account';
