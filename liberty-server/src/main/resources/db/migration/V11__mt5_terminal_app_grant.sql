-- The gateway authenticates terminals as the application role (not the schema owner), like the
-- rest of the platform: it only reads mt5_terminal. Terminals are registered by the owner-side
-- admin path (demo data here; the web UI later).
grant select on mt5_terminal to ${appRole};
