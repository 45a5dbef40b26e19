-- A database per base (DESIGN.md): no subgraph reads another's tables.
create database gongxiang_population;
create database gongxiang_licences;
