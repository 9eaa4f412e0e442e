import { describe, expect, it } from 'vitest';
import { ids, read } from './_resumes';

// Reading the forty-first session's (seventh) r185 set taught: a public algorithm register and its review committee
// are AI governance; a framework whose compliance "remained with the CISO office" is another office's work; an
// egress allow-list on model-serving hosts secures them and deploys no model.

const years = (text: string, id: string) => read(text).skills.find((s) => s.id === id)?.years;

describe('an algorithm register and an algorithm review committee are AI governance', () => {
  it.each([
    [
      'EXPERIENCE\nData Protection Officer, City of Utrecht, 03/2019 – 12/2022\n- Set up the public algorithm register (42 algorithms) and the algorithm review committee.\n',
    ],
    [
      'EXPÉRIENCE PROFESSIONNELLE\nDéléguée à la protection des données, Ville d’Utrecht, 03/2019 – 12/2022\n- Création du registre public des algorithmes (42 algorithmes).\n',
    ],
    ['BERUFSERFAHRUNG\nDatenschutzbeauftragte, Stadt Utrecht, 03/2019 – 12/2022\n- Aufbau des öffentlichen Algorithmenregister der Stadt (42 Algorithmen).\n'],
    [
      'EXPERIENCIA PROFESIONAL\nDelegada de protección de datos, Ayuntamiento de Utrecht, 03/2019 – 12/2022\n- Creación del registro público de algoritmos (42 algoritmos).\n',
    ],
  ])('%s', (text) => {
    expect(ids(text)).toContain('ai-governance');
    expect(years(text, 'ai-governance')).toBe(3.83);
  });
});

describe('a framework whose compliance remained with another office is not the person’s', () => {
  it.each([
    [
      'EXPERIENCE\nData Protection Officer, City of Utrecht, 03/2019 – 12/2022\n- Advised on DPIAs; information security and ISO 27001 compliance remained with the CISO office.\n',
    ],
    ['EXPERIENCE\nPrivacy Officer, Acme Insurance, 2016 – 2019\n- Ran DPIAs; SOC 2 reporting stayed with the security team.\n'],
    [
      'EXPÉRIENCE PROFESSIONNELLE\nDéléguée à la protection des données, Ville d’Utrecht, 03/2019 – 12/2022\n- Conseil sur les AIPD ; la conformité ISO 27001 relevait du bureau du RSSI.\n',
    ],
  ])('%s', (text) => {
    expect(ids(text)).not.toContain('security-compliance');
  });

  it('compliance the person ran still counts', () => {
    expect(ids('EXPERIENCE\nSecurity Officer, Acme, 2019 – 2022\n- Led the ISO 27001 certification with the CISO office.\n')).toContain('security-compliance');
  });
});

describe('an egress allow-list on model-serving hosts deploys no model', () => {
  it('the hosts secured are no model deployment', () => {
    const text =
      'EXPERIENCE\nSecurity Engineer, Tembusu AI, 2021 – Present\n- Deployed an Envoy egress proxy that enforces an allow-list for outbound calls from model-serving hosts.\n';
    expect(ids(text)).not.toContain('ml-deployment');
  });

  it('serving models oneself still counts', () => {
    expect(ids('EXPERIENCE\nML Engineer, Acme, 2021 – Present\n- Built the model serving layer on KServe for 30 models.\n')).toContain('ml-deployment');
  });
});

describe('the German translation reads as its English original', () => {
  it('"möchte mehr über … lernen" is an interest, not evidence', () => {
    const text = 'PROFIL\nIch möchte mehr über KI-Governance und den EU AI Act lernen.\n';
    expect(ids(text)).not.toContain('ai-governance');
  });

  it('juniors coached with a verb-final participle are mentoring', () => {
    const text = 'BERUFSERFAHRUNG\nData Scientist, Ivy Lane, 2020 – 2022\n- Drei Junior Data Scientists mit Code- und Modell-Reviews gecoacht.\n';
    expect(ids(text)).toContain('mentoring');
  });

  it('models put on SageMaker endpoints are deployed', () => {
    const text = 'BERUFSERFAHRUNG\nData Scientist, Ivy Lane, 2020 – 2022\n- Modelle auf AWS-SageMaker-Endpunkten bereitgestellt.\n';
    expect(ids(text)).toContain('ml-deployment');
  });
});
