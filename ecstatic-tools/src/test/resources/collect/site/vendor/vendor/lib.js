var lib = 1;
