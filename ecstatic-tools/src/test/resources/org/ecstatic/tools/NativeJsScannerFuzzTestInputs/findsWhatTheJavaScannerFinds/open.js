const s = 'open
import(name)
/* open