-- The network's three shared spaces from the start; admins may add more.
INSERT INTO "forum_categories" ("slug", "name_en", "name_es", "description_en", "description_es", "admins_only", "position")
VALUES
  ('announcements', 'Announcements', 'Anuncios',
   'News from the network''s facilitators.', 'Novedades de quienes facilitan la red.', true, 1),
  ('intercooperation', 'Intercooperation', 'Intercooperación',
   'Working together: partnerships, shared tools, lessons learnt.', 'Trabajar juntas: alianzas, herramientas compartidas, lecciones aprendidas.', false, 2),
  ('help-wanted', 'Help wanted', 'Se busca ayuda',
   'Ask the network for a hand, a person or some advice.', 'Pide a la red una mano, una persona o un consejo.', false, 3)
ON CONFLICT ("slug") DO NOTHING;
