-- One database per service, as on every other deployment of the platform.
create database accounts;
create database scoring;
create database planning;
create database reviews;
