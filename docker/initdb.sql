-- A database per base (DESIGN.md): no subgraph reads another's tables.
create database gongxiang_population;
create database gongxiang_licences;
create database gongxiang_catalog;
create database gongxiang_access_log;
create database gongxiang_cases;
