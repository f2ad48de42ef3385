-- An explanation is stored and shown as written, never queried inside: json keeps the text, which costs half of
-- what jsonb's parsing costs when re-scoring writes 100,000 of them.
alter table score_history alter column explanation type json;
