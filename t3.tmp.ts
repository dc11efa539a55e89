import { createResolver, parseOverrides } from './shared/domain/resolve/index.js';
import { personKey } from './shared/domain/resolve/keys.js';
for (const n of ['Rəhimova','Rahimova','Ragimova','Hacıbəyov','Hajibeyov','Gadzhibekov','Xədicə','Khadija','Quliyev','Guliyev','Kuliev','Məmmədov','Mammadov','Mamedov','Üzeyir Hacıbəyli','Uzeyir Hajibeyli','Узеир Гаджибейли','Гюнай Рагимова','Günay Rəhimova','Gunay Ragimova']) console.log(n, '→', personKey(n));
const r = createResolver();
for (const [t,n,a] of [['organisation','Ministry of Culture',[]],['organisation','Azerbaijan Culture Ministry',[]],['organisation','Ministry of Culture of Azerbaijan',[]],['organisation','TURKSOY',[]],['organisation','International Organisation of Turkic Culture',['TURKSOY']], ['organisation','Azerbaijan State Academic Musical Theatre',[]],['organisation','ABC',['Alpha Beta Center']],['organisation','Alpha Beta Center',['ABC']]] as const) console.log(n, r.resolve({type:t,name:n,aliases:a}));
