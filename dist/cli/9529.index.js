const f=9529,y=[9529],a={9529:(function(u,l,n){n.r(l),n.d(l,{iamPolicyFileNames:()=>r,renderIamPolicies:()=>e});var c=n(709);function r(i){return c.T3.filter(o=>i[o]).flatMap(o=>[`${o}-policy.json`,`${o}-trust-policy.json`])}function e(i){const o={};for(const t of c.T3){const s=i[t];s&&(o[`${t}-policy.json`]=`${JSON.stringify(s.policy,null,2)}
`,o[`${t}-trust-policy.json`]=`${JSON.stringify(s.trust,null,2)}
`)}return o}})};export{f as id,y as ids,a as modules};
