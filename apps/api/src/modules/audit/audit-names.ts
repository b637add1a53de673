const UUID = `'^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'`;

/**
 * One JSON object naming every id a page of audit records mentions — anywhere in their changes
 * (as a value, or as a key: a custom key's share per municipality), and the records' own
 * subjects — read once for the whole page (never per record or per id).
 * `page` is a CTE of the page's records with `entity_id` and `changes`. Each table is looked up
 * by primary key; an id found in none (a row deleted since) is left out.
 */
export function auditNamesJson(page: string): string {
  return `(WITH mentioned AS (
        SELECT (v #>> '{}')::uuid AS id
          FROM ${page} p, jsonb_path_query(p.changes, 'strict $.**') v
         WHERE jsonb_typeof(v) = 'string' AND (v #>> '{}') ~ ${UUID}
        UNION SELECT k::uuid
          FROM ${page} p, jsonb_path_query(p.changes, 'strict $.**') v,
               jsonb_object_keys(CASE WHEN jsonb_typeof(v) = 'object' THEN v ELSE '{}' END) k
         WHERE k ~ ${UUID}
        UNION SELECT p.entity_id FROM ${page} p),
      named AS (
        SELECT x.id, x.name FROM municipalities x WHERE x.id IN (SELECT id FROM mentioned)
        UNION ALL SELECT x.id, x.title FROM themes x WHERE x.id IN (SELECT id FROM mentioned)
        UNION ALL SELECT x.id, x.name FROM people x WHERE x.id IN (SELECT id FROM mentioned)
        UNION ALL SELECT x.id, x.name FROM organisations x WHERE x.id IN (SELECT id FROM mentioned)
        UNION ALL SELECT x.id, x.name FROM regions x WHERE x.id IN (SELECT id FROM mentioned)
        UNION ALL SELECT x.id, x.name FROM external_programmes x
                   WHERE x.id IN (SELECT id FROM mentioned)
        UNION ALL SELECT x.id, x.title FROM programmes x WHERE x.id IN (SELECT id FROM mentioned)
        UNION ALL SELECT x.id, x.code || ' ' || x.title FROM assignments x
                   WHERE x.id IN (SELECT id FROM mentioned)
        UNION ALL SELECT x.id, m.name FROM council_decisions x
                   JOIN municipalities m ON m.id = x.municipality_id
                  WHERE x.id IN (SELECT id FROM mentioned)
        UNION ALL SELECT x.id, m.name || ', ' || x.number || ': ' || left(x.text, 80)
                   FROM view_points x JOIN municipalities m ON m.id = x.municipality_id
                  WHERE x.id IN (SELECT id FROM mentioned)
        UNION ALL SELECT x.id, x.name FROM users x WHERE x.id IN (SELECT id FROM mentioned))
      SELECT coalesce(json_object_agg(named.id, named.name), '{}') FROM named)`;
}
